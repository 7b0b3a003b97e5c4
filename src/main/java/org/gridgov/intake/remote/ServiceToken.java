package org.gridgov.intake.remote;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gridgov.platform.security.session.SessionClaims;

/**
 * A short-lived token for intake's own calls to the grid service. It carries the least privileged
 * role with an empty scope. One token serves until half its lifetime has passed, so that signing
 * is not paid per call. It has no device session: the session check admits it by its name
 * ({@link SessionClaims#SERVICE_IDENTITIES}).
 */
@Singleton
public class ServiceToken {

    private static final int LIFETIME_SECONDS = 300;

    private record Issued(String bearer, long renewAtNanos) {
    }

    private final TokenGenerator generator;
    private volatile Issued current;

    public ServiceToken(TokenGenerator generator) {
        this.generator = generator;
    }

    public String bearer() {
        Issued issued = current;
        if (issued == null || System.nanoTime() - issued.renewAtNanos() >= 0) {
            Authentication service = Authentication.build(SessionClaims.INTAKE_SERVICE, List.of("WORKER"), Map.of("scope", List.of()));
            String bearer = generator.generateToken(service, LIFETIME_SECONDS)
                    .orElseThrow(() -> new IllegalStateException("no token generator configured"));
            issued = new Issued(bearer, System.nanoTime() + TimeUnit.SECONDS.toNanos(LIFETIME_SECONDS / 2));
            current = issued;
        }
        return issued.bearer();
    }
}
