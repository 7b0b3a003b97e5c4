package org.gridgov.grid.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.Test;

/** Workers and their grids, and what goes on gridgov.grid.v1 (checked against its JSON Schema). */
@MicronautTest(transactional = false)
class WorkerApiIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    @Value("${kafka.bootstrap.servers}")
    String bootstrap;

    @Test
    void assigningGridsPublishesWorkerGridsAssignedAndGridChangesPublishTheirEvents() {
        TestCity city = new TestCity(1);
        String admin = tokens.issue("worker-admin", Role.ADMIN, List.of());
        http.toBlocking().retrieve(HttpRequest.POST("/api/v1/areas/import", city.divisionsCsv())
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(admin), Map.class);
        String grid = city.grid(0, 1);
        String workerId = "w" + city.township;
        try (TopicProbe probe = TopicProbe.open(bootstrap, Topics.GRID)) {
            http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/grids/" + grid, city.square(grid, 0, 0, 0.003))
                    .bearerAuth(admin), Map.class);
            String upserted = probe.await(json -> json.contains("GridCellUpserted") && json.contains(grid),
                    Duration.ofSeconds(30)).value();
            assertValid(upserted);

            Map<?, ?> worker = http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/workers/" + workerId,
                    Map.of("name", "赵敏", "employment", "part_time", "grids", List.of(grid))).bearerAuth(admin), Map.class);
            assertThat(worker.get("grids")).isEqualTo(List.of(grid));
            String assigned = probe.await(json -> json.contains("WorkerGridsAssigned") && json.contains(workerId),
                    Duration.ofSeconds(30)).value();
            assertValid(assigned);
            assertThat(assigned).contains(grid);

            http.toBlocking().exchange(HttpRequest.DELETE("/api/v1/grids/" + grid).bearerAuth(admin));
            assertValid(probe.await(json -> json.contains("GridCellRetired") && json.contains(grid), Duration.ofSeconds(30)).value());
        }
        Map<?, ?> read = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/workers/" + workerId).bearerAuth(admin), Map.class);
        assertThat(read.get("employment")).isEqualTo("part_time");
    }

    @Test
    void aWorkerReadsOnlyThemselvesAndATownshipOnlyItsOwnWorkers() {
        TestCity city = new TestCity(3);
        String admin = tokens.issue("worker-admin", Role.ADMIN, List.of());
        http.toBlocking().retrieve(HttpRequest.POST("/api/v1/areas/import", city.divisionsCsv())
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(admin), Map.class);
        String grid = city.grid(0, 1);
        http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/grids/" + grid, city.square(grid, 0, 0, 0.003))
                .bearerAuth(admin), Map.class);
        String workerId = "reader" + city.township;
        http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/workers/" + workerId,
                Map.of("name", "周芷若", "employment", "full_time", "grids", List.of(grid))).bearerAuth(admin), Map.class);

        assertThat(readStatus(workerId, tokens.issue(workerId, Role.WORKER, List.of(grid)))).isEqualTo(200);
        assertThat(readStatus(workerId, tokens.issue("another-worker", Role.WORKER, List.of(grid)))).isEqualTo(403);
        assertThat(readStatus(workerId, tokens.issue("own-township", Role.TOWNSHIP, List.of(city.township)))).isEqualTo(200);
        assertThat(readStatus(workerId, tokens.issue("other-township", Role.TOWNSHIP, List.of("370303999")))).isEqualTo(403);
        assertThat(readStatus(workerId, tokens.issue("some-desk", Role.DISPATCHER, List.of("CGJ")))).isEqualTo(403);
    }

    private int readStatus(String workerId, String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/api/v1/workers/" + workerId).bearerAuth(token))
                    .getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @Test
    void aWorkerCannotBeGivenAGridThatDoesNotExistNorAssignGridsThemselves() {
        String admin = tokens.issue("worker-admin", Role.ADMIN, List.of());
        HttpClientResponseException unknown = (HttpClientResponseException) catchThrowable(() -> http.toBlocking().exchange(
                HttpRequest.PUT("/api/v1/workers/nobody", Map.of("name", "x", "employment", "full_time",
                        "grids", List.of("999999999999999"))).bearerAuth(admin)));
        assertThat(unknown.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        String worker = tokens.issue("worker", Role.WORKER, List.of("370303102001001"));
        HttpClientResponseException forbidden = (HttpClientResponseException) catchThrowable(() -> http.toBlocking().exchange(
                HttpRequest.PUT("/api/v1/workers/worker", Map.of("name", "x", "employment", "full_time",
                        "grids", List.of())).bearerAuth(worker)));
        assertThat(forbidden.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        HttpClientResponseException invalid = (HttpClientResponseException) catchThrowable(() -> http.toBlocking().exchange(
                HttpRequest.PUT("/api/v1/workers/x", Map.of("name", "x", "employment", "sometimes",
                        "grids", List.of())).bearerAuth(admin)));
        assertThat(invalid.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    }

    private static void assertValid(String json) {
        assertThat(JsonSchemas.violations("grid.v1.schema.json", json)).as(json).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> objects(Object list) {
        return (List<Object>) list;
    }
}
