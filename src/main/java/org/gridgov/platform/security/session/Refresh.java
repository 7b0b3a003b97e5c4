package org.gridgov.platform.security.session;

/** What exchanging a refresh token gave: a new token for the same session, or a refusal with its reason. */
public sealed interface Refresh {

    /** The presented token is spent; {@code refreshToken} replaces it. */
    record Granted(SessionRow session, String refreshToken) implements Refresh {
    }

    record Refused(String reason) implements Refresh {
    }
}
