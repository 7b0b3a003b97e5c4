package org.gridgov.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ProblemJsonIT {

    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;

    @Test
    void anUnknownRouteIsA404Problem() {
        HttpClientResponseException e = failure(HttpRequest.GET("/api/v1/no-such-thing")
                .bearerAuth(tokens.issue("admin", Role.ADMIN)));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertProblem(e, 404);
    }

    @Test
    void aMalformedBodyIsA400Problem() {
        HttpClientResponseException e = failure(HttpRequest.POST("/api/v1/users", "{\"username\": \"x\", ")
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(tokens.issue("admin", Role.ADMIN)));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertProblem(e, 400);
    }

    @Test
    void aBodyThatFailsValidationNamesTheField() {
        HttpClientResponseException e = failure(HttpRequest.POST("/api/v1/users",
                        Map.of("username", "someone", "password", "short", "role", "WORKER"))
                .bearerAuth(tokens.issue("admin", Role.ADMIN)));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        Map<String, Object> body = assertProblem(e, 400);
        assertThat((List<Object>) body.get("errors")).anySatisfy(error ->
                assertThat(((Map<?, ?>) error).get("field")).isEqualTo("password"));
    }

    @Test
    void anUnknownEnumValueIsA400ProblemNotA500() {
        HttpClientResponseException e = failure(HttpRequest.POST("/api/v1/users",
                        Map.of("username", "someone", "password", "long-enough", "role", "EMPEROR"))
                .bearerAuth(tokens.issue("admin", Role.ADMIN)));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertProblem(e, 400);
    }

    @Test
    void anAnonymousCallToTheApiIsA401Problem() {
        HttpClientResponseException e = failure(HttpRequest.GET("/api/v1/users"));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertProblem(e, 401);
    }

    private <B> HttpClientResponseException failure(HttpRequest<B> request) {
        try {
            http.toBlocking().exchange(request, Argument.of(Map.class), Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error response");
    }

    private static Map<String, Object> assertProblem(HttpClientResponseException e, int status) {
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        @SuppressWarnings("unchecked") Map<String, Object> body = e.getResponse().getBody(Map.class).orElseThrow();
        assertThat(body).containsKeys("type", "title", "status", "detail");
        assertThat(((Number) body.get("status")).intValue()).isEqualTo(status);
        return body;
    }
}
