package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/** A phone comes back online and sends its queue: each item stands or falls alone. */
@MicronautTest(transactional = false)
class OfflineBatchIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;

    @Test
    void aBatchWithGoodBadReplayedAndConflictingItemsGetsOneResultEach() {
        IntakeApi api = new IntakeApi(client);
        TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        String token = tokens.issue("batch-" + UUID.randomUUID().toString().substring(0, 8), Role.WORKER, List.of(grid.code()));
        Map<String, Object> earlier = IntakeApi.report(UUID.randomUUID(), "0102", grid.lat(), grid.lon());
        Map<String, Object> reused = IntakeApi.report(UUID.randomUUID(), "0102", grid.lat(), grid.lon());
        api.post("/api/v1/reports", earlier, token);
        api.post("/api/v1/reports", reused, token);
        Map<String, Object> conflicting = IntakeApi.report(UUID.fromString(reused.get("clientReportId").toString()), "0501",
                grid.lat(), grid.lon());

        IntakeApi.Answer answer = api.post("/api/v1/reports/batch", Map.of("reports", List.of(
                IntakeApi.report(UUID.randomUUID(), "0102", grid.lat(), grid.lon()),
                IntakeApi.report(UUID.randomUUID(), "9999", grid.lat(), grid.lon()),
                earlier,
                conflicting,
                IntakeApi.report(UUID.randomUUID(), "0304", 95.0, grid.lon()),
                IntakeApi.report(UUID.randomUUID(), "0304", grid.lat(), grid.lon()))), token);

        assertThat(answer.status()).isEqualTo(200);
        List<Integer> statuses = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (JsonNode item : answer.json().path("results")) {
            statuses.add(item.path("status").asInt());
            outcomes.add(item.path("outcome").asText());
        }
        assertThat(statuses).containsExactly(201, 422, 200, 409, 400, 201);
        assertThat(outcomes).containsExactly("created", "invalid", "replayed", "conflict", "invalid", "created");
        JsonNode results = answer.json().path("results");
        assertThat(results.get(1).path("errors").get(0).path("field").asText()).isEqualTo("category");
        assertThat(results.get(4).path("errors").get(0).path("field").asText()).isEqualTo("location.lat");
        assertThat(results.get(0).path("report").path("grid").path("gridCode").asText()).isEqualTo(grid.code());
    }

    @Test
    void aBatchOfMoreThanAHundredIsRefusedWhole() {
        IntakeApi api = new IntakeApi(client);
        String token = tokens.issue("batch-big", Role.WORKER, List.of(TestGrids.HOME_TOWNSHIP + "200001"));
        Map<String, Object> one = IntakeApi.report(UUID.randomUUID(), "0102", 35.0, 120.0);
        IntakeApi.Answer answer = api.post("/api/v1/reports/batch", Map.of("reports", Collections.nCopies(101, one)), token);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(IntakeApi.fields(answer.json())).containsExactly("reports");
    }
}
