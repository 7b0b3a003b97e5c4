package org.gridgov.platform.security.session;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Part of every JWT validation: a correctly signed, unexpired token is still refused when its
 * session has ended or its token version is stale. Micronaut runs JWT validation on the blocking
 * executor, so the occasional look-up in the session store may block here.
 */
@Singleton
public class SessionClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    private final SessionCheck check;

    public SessionClaimsValidator(SessionCheck check) {
        this.check = check;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        return check.admits(claims.get(Claims.SUBJECT), claims.get(SessionClaims.SESSION),
                claims.get(SessionClaims.TOKEN_VERSION));
    }
}
