package org.gridgov.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** {@code POST /login}: checks the BCrypt hash; the token carries the role and the scope. */
@Singleton
public class UserAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final UserDirectory directory;

    public UserAuthenticationProvider(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        return directory.authenticate(credentials.getIdentity(), credentials.getSecret())
                .map(user -> AuthenticationResponse.success(user.username(), List.of(user.role()),
                        Map.of(Caller.SCOPE_CLAIM, List.of(user.scope()))))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
