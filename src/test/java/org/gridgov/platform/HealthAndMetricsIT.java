package org.gridgov.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class HealthAndMetricsIT {

    @Inject @Client("/") HttpClient http;

    @Test
    void healthIsUpWithTheDatabaseAndKafkaUp() {
        Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);

        assertThat(health.get("status")).isEqualTo("UP");
        Map<?, ?> details = (Map<?, ?>) health.get("details");
        assertThat(((Map<?, ?>) details.get("jdbc")).get("status")).isEqualTo("UP");
        assertThat(((Map<?, ?>) details.get("kafka")).get("status")).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() {
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus"));
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
