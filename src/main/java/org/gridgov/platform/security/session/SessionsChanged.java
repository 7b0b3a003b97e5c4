package org.gridgov.platform.security.session;

/** A user's sessions were ended or their access renewed: remembered answers about them are stale. */
public record SessionsChanged(String username) {
}
