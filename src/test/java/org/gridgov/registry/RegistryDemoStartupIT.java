package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A process started with demo data on (and only the registry role) serves the register as the reform report tells it. */
@MicronautTest(transactional = false)
@Property(name = "gridgov.demo.enabled", value = "true")
@Property(name = "gridgov.roles.grid", value = "false")
@Property(name = "gridgov.roles.intake", value = "false")
@Property(name = "gridgov.roles.routing", value = "false")
@Property(name = "gridgov.roles.dispatch", value = "false")
@Property(name = "gridgov.roles.dashboard", value = "false")
class RegistryDemoStartupIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theDemoRegisterIsThereAtStart() {
        Map<String, Object> summary = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/registry/summary?from=2016H1&to=2018H2"),
                Argument.mapOf(String.class, Object.class));
        assertThat(summary).containsEntry("total", 60).containsEntry("informatizationDriven", 49)
                .containsEntry("institutional", 35).containsEntry("either", 56).containsEntry("shareEither", 93.3);
        Map<String, Object> site = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/registry/sites/fengshui-grid"),
                Argument.mapOf(String.class, Object.class));
        assertThat(site).containsEntry("kind", "star");
    }
}
