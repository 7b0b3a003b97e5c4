package org.gridgov.platform.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The answer of {@code POST /login} and {@code POST /oauth/access_token} (RFC 6749 §5.1 names). */
@Serdeable
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        String username,
        List<String> roles) {
}
