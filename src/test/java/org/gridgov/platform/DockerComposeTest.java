package org.gridgov.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileReader;
import java.io.Reader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine here to run {@code docker compose config}: at least the file must say what it promises. */
class DockerComposeTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyRoleGroupRunsWithAHealthCheckBesidePostgisAndKafka() throws Exception {
        Map<String, Object> compose;
        try (Reader reader = new FileReader("docker/compose.yml")) {
            compose = new Yaml().load(reader);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsKeys("postgis", "kafka", "edge", "core", "insight");
        assertThat(services.get("postgis")).containsKey("healthcheck");
        assertThat(services.get("kafka")).containsKey("healthcheck");
        String roles = String.join(",", ((Map<String, String>) services.get("edge").get("environment")).get("GRIDGOV_ROLES"),
                ((Map<String, String>) services.get("core").get("environment")).get("GRIDGOV_ROLES"),
                ((Map<String, String>) services.get("insight").get("environment")).get("GRIDGOV_ROLES"));
        assertThat(roles.split(",")).containsExactlyInAnyOrder("grid", "intake", "routing", "dispatch", "dashboard", "registry");
    }
}
