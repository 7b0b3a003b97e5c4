package org.gridgov.platform.security;

import jakarta.inject.Singleton;
import java.util.List;
import org.gridgov.platform.security.session.DeviceSessions;
import org.gridgov.platform.security.session.Refresh;
import org.gridgov.platform.security.session.SessionRow;

/** The tokens a device gets: at login a new session, at refresh the next pair of the same session. */
@Singleton
public class IssueTokens {

    private final DeviceSessions sessions;
    private final UserDirectory directory;
    private final AccessTokens accessTokens;

    public IssueTokens(DeviceSessions sessions, UserDirectory directory, AccessTokens accessTokens) {
        this.sessions = sessions;
        this.directory = directory;
        this.accessTokens = accessTokens;
    }

    /** For a user whose password was just checked. */
    public TokenResponse forLogin(UserRow user, String device) {
        DeviceSessions.Opened opened = sessions.open(user.username(), device);
        return response(user.username(), user.role(), List.of(user.scope()), opened.session(), opened.refreshToken());
    }

    /**
     * The next pair for the session of {@code refreshToken}. Refused after the session store has
     * committed what the refusal implies (a replayed token ends its session).
     */
    public TokenResponse forRefresh(String refreshToken) {
        Refresh refresh = sessions.refresh(refreshToken);
        if (refresh instanceof Refresh.Refused refused) {
            throw new RefreshRefused(refused.reason());
        }
        Refresh.Granted granted = (Refresh.Granted) refresh;
        SessionRow session = granted.session();
        // role and scope as they are now: a scope changed since the last refresh arrives here
        UserRow user = directory.find(session.username()).filter(UserRow::enabled).orElse(null);
        if (user == null) {
            sessions.end(session.username(), session.id(), "account disabled");
            throw new RefreshRefused("the account is disabled");
        }
        return response(user.username(), user.role(), List.of(user.scope()), session, granted.refreshToken());
    }

    /** A refresh token that buys nothing (unknown, spent, expired, or its session ended). */
    public static final class RefreshRefused extends RuntimeException {
        public RefreshRefused(String reason) {
            super(reason);
        }
    }

    private TokenResponse response(String username, String role, List<String> scope, SessionRow session,
                                   String refreshToken) {
        String access = accessTokens.issue(username, Role.valueOf(role), scope, session);
        return new TokenResponse(access, "Bearer", accessTokens.lifetime().toSeconds(), refreshToken, username,
                List.of(role));
    }
}
