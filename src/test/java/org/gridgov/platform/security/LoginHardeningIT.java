package org.gridgov.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/** Issue 13, rows 4, 6 and 12: no Basic auth, throttled password guessing, no weak passwords. */
@MicronautTest(transactional = false)
class LoginHardeningIT {

    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;

    @Test
    void basicCredentialsOpenNothing() {
        HttpRequest<?> basic = HttpRequest.GET("/api/v1/users").basicAuth("admin", "admin-test-password");

        assertThat(statusOf(basic).getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void theSixthWrongPasswordInARowIsAnsweredTooManyRequestsWithRetryAfter() {
        String user = newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(login(user, "wrong-password-" + i).getStatus().getCode()).isEqualTo(401);
        }

        HttpResponse<?> throttled = login(user, "patrol-2026-pass");

        assertThat(throttled.getStatus().getCode()).isEqualTo(429);
        assertThat(throttled.getHeaders().get("Retry-After")).isNotNull();
        assertThat(Long.parseLong(throttled.getHeaders().get("Retry-After"))).isBetween(1L, 30L);
        assertThat(throttled.getContentType().map(Object::toString)).contains("application/problem+json");
    }

    @Test
    void anUnknownUserTakesAsLongAsAWrongPasswordForAKnownOne() {
        String known = newUser();
        long knownNanos = median(() -> login(known, "not-the-password-1"));
        long unknownNanos = median(() -> login("nobody-" + UUID.randomUUID().toString().substring(0, 8), "not-the-password-1"));

        // both pay one BCrypt comparison; before, an unknown name answered about ten times faster
        assertThat(unknownNanos).isGreaterThan(knownNanos / 3);
    }

    @Test
    void commonAndShortPasswordsAreRefusedWhenAUserIsCreated() {
        for (String weak : List.of("password", "12345678", "1234567890", "qwertyuiop")) {
            HttpResponse<?> answer = statusOf(HttpRequest.POST("/api/v1/users", Map.of(
                    "username", "weak-" + UUID.randomUUID().toString().substring(0, 8), "password", weak,
                    "role", "REFORM_OFFICE")).bearerAuth(tokens.issue("admin", Role.ADMIN)));
            assertThat(answer.getStatus().getCode()).as(weak).isEqualTo(400);
            assertThat(answer.getBody(Map.class).orElseThrow().toString()).contains("password");
        }
    }

    private long median(Runnable call) {
        long[] nanos = new long[5];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[2];
    }

    private String newUser() {
        String username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users", Map.of(
                "username", username, "password", "patrol-2026-pass", "role", "REFORM_OFFICE"))
                .bearerAuth(tokens.issue("admin", Role.ADMIN)));
        return username;
    }

    private HttpResponse<?> login(String username, String password) {
        return statusOf(HttpRequest.POST("/login", Map.of("username", username, "password", password)));
    }

    private HttpResponse<?> statusOf(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, Map.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }
}
