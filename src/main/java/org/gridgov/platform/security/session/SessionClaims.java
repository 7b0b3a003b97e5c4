package org.gridgov.platform.security.session;

import java.util.Set;

/**
 * The claims that tie an access token to its device session. Tokens without a session are only
 * those of the platform's own services, named here.
 */
public final class SessionClaims {

    /** The session id (a UUID). */
    public static final String SESSION = "sid";
    /** The session's token version when the token was issued; a scope change bumps it. */
    public static final String TOKEN_VERSION = "sv";
    /** Identities the services give themselves for calls to each other (short tokens, no session). */
    public static final Set<String> SERVICE_IDENTITIES = Set.of("intake-service");

    private SessionClaims() {
    }

    public static boolean isServiceIdentity(String name) {
        return name != null && SERVICE_IDENTITIES.contains(name);
    }
}
