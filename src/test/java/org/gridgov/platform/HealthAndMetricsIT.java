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
    void signedInCallersOtherThanAdministratorsSeeOnlyUpOrDown() {
        for (Role role : List.of(Role.WORKER, Role.DISPATCHER, Role.TOWNSHIP, Role.REFORM_OFFICE)) {
            List<String> scope = switch (role) {
                case WORKER -> List.of("370303102001001");
                case DISPATCHER -> List.of("CGJ");
                case TOWNSHIP -> List.of("370303102");
                default -> List.of();
            };
            Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health")
                    .bearerAuth(tokens.issue("health-" + role.name().toLowerCase(), role, scope)), Map.class);

            assertThat(health.get("status")).as(role.name()).isEqualTo("UP");
            assertThat(health.containsKey("details")).as(role + " sees details").isFalse();
            assertThat(health.toString()).as(role.name()).doesNotContain("jdbc:postgresql").doesNotContain("PostgreSQL");
        }
    }

    @Test
    void noSignedInCallerReachesTheOtherManagementEndpoints() {
        String worker = tokens.issue("mgmt-worker", Role.WORKER, List.of("370303102001001"));
        String admin = tokens.issue("mgmt-admin", Role.ADMIN);
        for (String path : List.of("/beans", "/routes", "/threaddump", "/flyway", "/metrics", "/info", "/token_info")) {
            for (String token : List.of(worker, admin)) {
                assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token)))
                        .as(path).isInstanceOfSatisfying(HttpClientResponseException.class,
                                e -> assertThat(e.getStatus().getCode()).as(path).isEqualTo(404));
            }
        }
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.POST("/refresh", "{}").bearerAuth(worker)))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(404));
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
