package org.gridgov.support;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;

/** Signs bearer tokens for tests, as {@code POST /login} would for a user with this role and scope. */
@Singleton
public class TestTokens {

    private final TokenGenerator generator;

    public TestTokens(TokenGenerator generator) {
        this.generator = generator;
    }

    public String issue(String username, Role role, List<String> scope) {
        return issue(username, role, scope, 3600);
    }

    /** A token that expires {@code seconds} from now. */
    public String issue(String username, Role role, List<String> scope, int seconds) {
        Authentication authentication = Authentication.build(username, List.of(role.name()),
                Map.of(Caller.SCOPE_CLAIM, List.copyOf(scope)));
        return generator.generateToken(authentication, seconds)
                .orElseThrow(() -> new IllegalStateException("no token generated"));
    }

    public String issue(String username, Role role) {
        return issue(username, role, List.of());
    }
}
