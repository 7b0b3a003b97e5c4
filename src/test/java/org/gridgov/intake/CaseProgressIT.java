package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.gridgov.support.KafkaTestProducer;
import org.junit.jupiter.api.Test;

/** The worker follows the case a report became, and verifies resolved cases in own grids, from gridgov.cases.v1 alone. */
@MicronautTest(transactional = false)
class CaseProgressIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @Test
    void theReportShowsItsCaseAndAResolvedCaseIsAVerificationTaskUntilItIsVerified() {
        IntakeApi api = new IntakeApi(client);
        TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        String token = tokens.issue("case-" + UUID.randomUUID().toString().substring(0, 8), Role.WORKER, List.of(grid.code()));
        String reportId = api.post("/api/v1/reports", IntakeApi.report(UUID.randomUUID(), "0102", grid.lat(), grid.lon()), token)
                .json().path("id").asText();
        UUID caseId = UUID.randomUUID();

        try (KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Topics.CASES, caseId.toString(), caseEvent(caseId, 1, "dispatched", reportId, grid));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode report = api.get("/api/v1/reports/" + reportId, token).json();
                assertThat(report.path("status").asText()).isEqualTo("in_case");
                assertThat(report.path("caseStatus").path("state").asText()).isEqualTo("dispatched");
                assertThat(report.path("caseStatus").path("number").asText()).isEqualTo("ZB-2026-" + caseId.toString().substring(0, 6));
                assertThat(report.path("caseStatus").path("department").asText()).isEqualTo("CGJ");
                assertThat(report.path("caseStatus").path("deadline").asText()).isEqualTo("2026-01-02T08:00:00Z");
            });
            assertThat(tasks(api, token)).doesNotContain(caseId.toString());

            producer.send(Topics.CASES, caseId.toString(), caseEvent(caseId, 3, "resolved", reportId, grid));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(tasks(api, token)).contains(caseId.toString()));

            // an older event arriving late changes nothing
            producer.send(Topics.CASES, caseId.toString(), caseEvent(caseId, 2, "accepted", reportId, grid));
            producer.send(Topics.CASES, caseId.toString(), caseEvent(caseId, 4, "verified", reportId, grid));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(tasks(api, token)).doesNotContain(caseId.toString());
                assertThat(api.get("/api/v1/reports/" + reportId, token).json().path("caseStatus").path("state").asText())
                        .isEqualTo("verified");
            });
        }
    }

    @Test
    void aReportTheTownshipAsksToCheckOnSiteIsACheckTaskOfTheGridsWorkerUntilAnswered() {
        IntakeApi api = new IntakeApi(client);
        TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        String token = tokens.issue("check-" + UUID.randomUUID().toString().substring(0, 8), Role.WORKER, List.of(grid.code()));
        String reportId = api.post("/api/v1/reports", IntakeApi.report(UUID.randomUUID(), "0102", grid.lat(), grid.lon()), token)
                .json().path("id").asText();
        UUID caseId = UUID.randomUUID();

        try (KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Topics.CASES, caseId.toString(), caseEvent(caseId, 1, "checking", reportId, grid));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(checkTasks(api, token)).contains(caseId.toString());
                assertThat(tasks(api, token)).doesNotContain(caseId.toString());
            });

            producer.send(Topics.CASES, caseId.toString(), caseEvent(caseId, 2, "reported", reportId, grid));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(checkTasks(api, token)).doesNotContain(caseId.toString()));
        }
    }

    private static List<String> checkTasks(IntakeApi api, String token) {
        List<String> cases = new ArrayList<>();
        api.get("/api/v1/reports?mine=true", token).json().path("checkTasks")
                .forEach(task -> cases.add(task.path("caseId").asText()));
        return cases;
    }

    private static List<String> tasks(IntakeApi api, String token) {
        List<String> cases = new ArrayList<>();
        api.get("/api/v1/reports?mine=true", token).json().path("verificationTasks")
                .forEach(task -> cases.add(task.path("caseId").asText()));
        return cases;
    }

    static String caseEvent(UUID caseId, int version, String state, String reportId, TestGrid grid) {
        String code = grid.code();
        return """
                {"eventId":"%s","type":"Case%s","occurredAt":"2026-01-01T09:0%d:00Z","schemaVersion":1,
                 "caseId":"%s","caseNumber":"ZB-2026-%s","version":%d,"state":"%s","previousState":null,
                 "action":"x","actor":"dispatcher","actorRole":"DISPATCHER","reason":null,"category":"0102",
                 "priority":"normal","source":"worker","reportIds":["%s"],"reporter":"w",
                 "grid":{"gridCode":"%s","communityCode":"%s","townshipCode":"%s","districtCode":"%s"},
                 "location":{"lat":%s,"lon":%s},"department":"CGJ","handler":null,"deadline":"2026-01-02T08:00:00Z",
                 "reportedAt":"2026-01-01T08:00:00Z","escalationLevel":"none","warning":"none"}
                """.formatted(UUID.randomUUID(), state.substring(0, 1).toUpperCase() + state.substring(1), version,
                caseId, caseId.toString().substring(0, 6), version, state, reportId, code, code.substring(0, 12),
                code.substring(0, 9), code.substring(0, 6), grid.lat(), grid.lon());
    }
}
