package org.gridgov.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine here to run {@code docker compose config}: at least the file must say what it promises. */
class DockerComposeTest {

    private static final List<String> PLATFORM = List.of("edge", "routing", "dispatch", "insight");

    @Test
    void everyRoleRunsWithAHealthCheckBesidePostgisAndKafka() throws Exception {
        Map<String, Map<String, Object>> services = services();

        assertThat(services).containsKeys("postgis", "kafka");
        assertThat(services).containsKeys(PLATFORM.toArray(String[]::new));
        assertThat(services.get("postgis")).containsKey("healthcheck");
        assertThat(services.get("kafka")).containsKey("healthcheck");
        List<String> roles = new ArrayList<>();
        for (String service : PLATFORM) {
            roles.addAll(List.of(environment(services, service).get("GRIDGOV_ROLES").split(",")));
        }
        assertThat(roles).containsExactlyInAnyOrder("grid", "intake", "routing", "dispatch", "dashboard", "registry");
    }

    @Test
    @SuppressWarnings("unchecked")
    void routingAndDispatchRunAsTwoReplicasThatReachGridAndIntakeAtTheEdge() throws Exception {
        Map<String, Map<String, Object>> services = services();

        for (String role : List.of("routing", "dispatch")) {
            assertThat(((Map<String, Object>) services.get(role).get("deploy")).get("replicas")).as(role).isEqualTo(2);
        }
        for (String service : List.of("routing", "dispatch", "insight")) {
            assertThat(environment(services, service)).as(service).containsEntry("GRIDGOV_GRID_URL", "http://edge:8080");
        }
        assertThat(environment(services, "dispatch")).containsEntry("GRIDGOV_INTAKE_URL", "http://edge:8080");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws Exception {
        try (Reader reader = new FileReader("docker/compose.yml")) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Map<String, Object>> services, String service) {
        return (Map<String, String>) services.get(service).get("environment");
    }
}
