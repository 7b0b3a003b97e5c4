package org.gridgov.platform.security;

import io.micronaut.security.authentication.Authentication;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The authenticated user of a request, as the services need it: name, role and scope. */
public record Caller(String username, Role role, List<String> scope) {

    public static final String SCOPE_CLAIM = "scope";

    public Caller {
        scope = List.copyOf(scope);
    }

    public static Caller of(Authentication authentication) {
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf)
                .orElseThrow(() -> new IllegalStateException("token without a role"));
        Object claim = authentication.getAttributes().get(SCOPE_CLAIM);
        List<String> scope = claim instanceof Collection<?> codes
                ? codes.stream().map(String::valueOf).toList()
                : claim == null ? List.of() : List.of(String.valueOf(claim));
        return new Caller(authentication.getName(), role, scope);
    }

    public boolean is(Role... any) {
        return Arrays.asList(any).contains(role);
    }

    public boolean inScope(String code) {
        return code != null && scope.contains(code);
    }
}
