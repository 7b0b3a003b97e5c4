package org.gridgov.support;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.gridgov.platform.security.AccessTokens;
import org.gridgov.platform.security.Role;
import org.gridgov.platform.security.session.DeviceSessions;
import org.gridgov.platform.security.session.SessionRow;

/**
 * Bearer tokens for tests, as {@code POST /login} would give a user with this role and scope: each
 * opens a real device session, so the tokens pass the same session check as a phone's.
 */
@Singleton
public class TestTokens {

    private final DeviceSessions sessions;
    private final AccessTokens accessTokens;

    public TestTokens(DeviceSessions sessions, AccessTokens accessTokens) {
        this.sessions = sessions;
        this.accessTokens = accessTokens;
    }

    public String issue(String username, Role role, List<String> scope) {
        return issue(username, role, scope, 3600);
    }

    /** A token that expires {@code seconds} from now. */
    public String issue(String username, Role role, List<String> scope, int seconds) {
        SessionRow session = sessions.open(username, "test").session();
        return accessTokens.issue(username, role, scope, session, Duration.ofSeconds(seconds));
    }

    public String issue(String username, Role role) {
        return issue(username, role, List.of());
    }
}
