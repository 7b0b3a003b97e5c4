package org.gridgov.platform.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The platform refuses to start with a guessable signing secret: outside the demo and the tests it
 * needs {@code GRIDGOV_JWT_SECRET} of at least 256 bits (32 bytes), and never the development
 * default written in {@code application.yml}. Whoever knows the secret can sign any token.
 */
@Context
public class JwtSecretCheck {

    static final String DEVELOPMENT_SECRET = "gridgov-development-secret-change-me-in-production-0123456789";
    static final int MIN_BYTES = 32;

    public JwtSecretCheck(Environment environment,
                          @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret:}") String secret,
                          @Value("${gridgov.demo.enabled:false}") boolean demo) {
        boolean relaxed = demo || environment.getActiveNames().contains(Environment.TEST);
        refusal(secret, relaxed).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }

    /** Why this secret may not be used, if it may not. */
    static Optional<String> refusal(String secret, boolean demoOrTest) {
        if (demoOrTest) {
            return Optional.empty();
        }
        if (secret == null || secret.isBlank() || secret.equals(DEVELOPMENT_SECRET)) {
            return Optional.of("No JWT signing secret is configured: set GRIDGOV_JWT_SECRET to at least 32 random bytes "
                    + "(./gridgov run generates one into .gridgov/jwt-secret). Only the demo and the tests may use "
                    + "the development secret.");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            return Optional.of("GRIDGOV_JWT_SECRET is shorter than 256 bits (32 bytes); use a longer random secret.");
        }
        return Optional.empty();
    }
}
