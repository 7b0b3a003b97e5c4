package org.gridgov.platform.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.security.session.SessionClaims;
import org.gridgov.platform.security.session.SessionRow;

/**
 * Signs the short access tokens of a device session: subject, role, scope, the session id and its
 * token version. Lifetime {@code gridgov.security.access-token-lifetime} (15 minutes).
 */
@Singleton
public class AccessTokens {

    private final TokenGenerator generator;
    private final Duration lifetime;

    public AccessTokens(TokenGenerator generator,
                        @Value("${gridgov.security.access-token-lifetime:15m}") Duration lifetime) {
        this.generator = generator;
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public String issue(String username, Role role, List<String> scope, SessionRow session) {
        return issue(username, role, scope, session, lifetime);
    }

    public String issue(String username, Role role, List<String> scope, SessionRow session, Duration lifetime) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(Caller.SCOPE_CLAIM, List.copyOf(scope));
        claims.put(SessionClaims.SESSION, session.id().toString());
        claims.put(SessionClaims.TOKEN_VERSION, session.tokenVersion());
        return generator.generateToken(Authentication.build(username, List.of(role.name()), claims),
                        Math.toIntExact(lifetime.toSeconds()))
                .orElseThrow(() -> new IllegalStateException("no token generator configured"));
    }
}
