package org.gridgov.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class HealthAndMetricsIT {

    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;

    @Test
    void anonymousCallersSeeOnlyUpOrDown() {
        Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);

        assertThat(health.get("status")).isEqualTo("UP");
        assertThat(health.containsKey("details")).as("details shown").isFalse();
        assertThat(health.toString()).doesNotContain("jdbc:postgresql").doesNotContain("PostgreSQL");
    }

    @Test
    void anonymousCallersGetNoMetrics() {
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/prometheus")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/prometheus")
                        .bearerAuth(tokens.issue("metrics-worker", Role.WORKER, List.of("370303102001001")))))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
    }

    @Test
    void healthIsUpWithTheDatabaseAndKafkaUp() {
        Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health")
                .bearerAuth(tokens.issue("health-admin", Role.ADMIN)), Map.class);

        assertThat(health.get("status")).isEqualTo("UP");
        Map<?, ?> details = (Map<?, ?>) health.get("details");
        assertThat(((Map<?, ?>) details.get("jdbc")).get("status")).isEqualTo("UP");
        assertThat(((Map<?, ?>) details.get("kafka")).get("status")).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() {
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus")
                .bearerAuth(tokens.issue("metrics-admin", Role.ADMIN)));
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentAndItsPageAreServed() {
        String page = http.toBlocking().retrieve(HttpRequest.GET("/swagger-ui/index.html"));
        String spec = http.toBlocking().retrieve(HttpRequest.GET("/swagger/gridgov-0.1.0.yml"));
        assertThat(page).containsIgnoringCase("swagger");
        assertThat(spec).contains("/api/v1/users");
    }
}
