package org.gridgov.intake.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * A short-lived token for intake's own calls to the grid service where no user token exists
 * (anonymous Open311 clients). It carries the least privileged role with an empty scope.
 */
@Singleton
@Requires(property = "gridgov.roles.intake", notEquals = "false")
public class ServiceToken {

    private static final int LIFETIME_SECONDS = 300;

    private final TokenGenerator generator;

    public ServiceToken(TokenGenerator generator) {
        this.generator = generator;
    }

    public String bearer() {
        Authentication service = Authentication.build("intake-service", List.of("WORKER"), Map.of("scope", List.of()));
        return generator.generateToken(service, LIFETIME_SECONDS)
                .orElseThrow(() -> new IllegalStateException("no token generator configured"));
    }
}
