package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.EvidencePhotoUploads;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * 自处置 / 即查即办 through every service over real PostGIS and Kafka: a grid worker who cleared a
 * pile of rubbish on the spot reports it with an after photo; the case is reported, registered,
 * resolved and closed by the worker at once, never reaches a department, and the dashboard counts
 * it as self-resolved, not as a department's resolution.
 */
@MicronautTest(transactional = false)
class SelfResolvedReportIT {

    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @Test
    @SuppressWarnings("unchecked")
    void aWorkersFixOnTheSpotIsClosedAtOnceWithTheWorkerAsActorAndCountedApart() {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String workerName = "self-" + grid.code();
        String worker = tokens.issue(workerName, Role.WORKER, List.of(grid.code()));
        String township = tokens.issue("self-township", Role.TOWNSHIP, List.of("370303102"));
        String dispatcher = tokens.issue("self-cgj", Role.DISPATCHER, List.of("CGJ"));
        String after = EvidencePhotoUploads.upload(http, worker);

        try (TopicProbe reports = TopicProbe.open(bootstrap, Topics.REPORTS);
             TopicProbe cases = TopicProbe.open(bootstrap, Topics.CASES)) {
            Map<String, Object> report = post(worker, selfResolved(grid, List.of(after)));
            assertThat(report.get("selfResolved")).isEqualTo(true);
            assertThat(report.get("afterPhotos")).isEqualTo(List.of(after));
            String reportId = (String) report.get("id");
            ConsumerRecord<String, String> accepted = reports.await(json -> json.contains(reportId), Duration.ofSeconds(30));
            assertThat(JsonSchemas.violations("reports.v1.schema.json", accepted.value())).isEmpty();
            assertThat(accepted.value()).contains("\"selfResolved\":true").contains(after);

            String caseId = (String) flow.awaitCaseOnPhone(reportId, worker, "closed").get("id");

            Map<String, Object> closed = flow.caseView(caseId, township);
            assertThat(closed.get("selfResolved")).isEqualTo(true);
            assertThat(closed.get("department")).isNull();
            assertThat(closed.get("dispatchedAt")).isNull();
            assertThat(closed.get("closedOnTime")).isEqualTo(true);
            List<Map<String, Object>> timeline = (List<Map<String, Object>>) closed.get("timeline");
            assertThat(timeline).extracting(e -> e.get("action"))
                    .containsExactly("open", "self-register", "self-resolve", "self-close");
            assertThat(timeline).allSatisfy(e -> {
                assertThat(e.get("actor")).isEqualTo(workerName);
                assertThat(e.get("actorRole")).isEqualTo("WORKER");
            });
            assertThat(timeline.get(2).get("photos")).isEqualTo(List.of(after));
            assertThat(timeline.get(2).get("note")).isEqualTo("当场清理完毕");

            for (String type : List.of("CaseReported", "CaseRegistered", "CaseResolved", "CaseClosed")) {
                ConsumerRecord<String, String> event = cases.await(
                        json -> json.contains(caseId) && json.contains("\"type\":\"" + type + "\""), Duration.ofSeconds(30));
                assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", event.value())).as(type).isEmpty();
                assertThat(event.value()).as(type).contains("\"selfResolved\":true").contains("\"department\":null");
            }
            assertThat(cases.drain(Duration.ofSeconds(2))).extracting(ConsumerRecord::value)
                    .noneMatch(json -> json.contains(caseId) && json.contains("\"type\":\"CaseDispatched\""));

            assertThat(status(() -> flow.caseView(caseId, dispatcher))).as("no department ever had it").isEqualTo(404);

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            String period = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
            Map<String, Object> onGrid = await().atMost(Duration.ofSeconds(30)).until(
                    () -> (Map<String, Object>) flow.get("/api/v1/stats/areas/" + grid.code() + "?" + period, township).get("figures"),
                    figures -> ((Number) figures.get("closed")).intValue() == 1);
            assertThat(((Number) onGrid.get("selfResolved")).intValue()).isEqualTo(1);
            for (String counter : List.of("reported", "registered", "closedOnTime")) {
                assertThat(((Number) onGrid.get(counter)).intValue()).as(counter).isEqualTo(1);
            }
            for (String counter : List.of("dispatched", "resolved", "resolvedOnTime", "townshipClosed")) {
                assertThat(((Number) onGrid.get(counter)).intValue()).as(counter).isZero();
            }
        }
    }

    @Test
    void aSelfResolvedReportNeedsAnAfterPhotoThatWasUploaded() {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String worker = tokens.issue("self-refused-" + grid.code(), Role.WORKER, List.of(grid.code()));

        assertProblem(() -> post(worker, selfResolved(grid, List.of())), 422, "afterPhotos");
        assertProblem(() -> post(worker, selfResolved(grid, List.of("0".repeat(64)))), 422, "afterPhotos");
        assertProblem(() -> post(worker, selfResolved(grid, List.of("after.jpg"))), 400, "afterPhotos");
        Map<String, Object> notSelfResolved = new HashMap<>(selfResolved(grid, List.of("ab".repeat(32))));
        notSelfResolved.remove("selfResolved");
        assertProblem(() -> post(worker, notSelfResolved), 400, "afterPhotos");
    }

    private static Map<String, Object> selfResolved(CaseFlow.Grid grid, List<String> afterPhotos) {
        return Map.of("clientReportId", UUID.randomUUID().toString(), "category", "0102",
                "description", "路边暴露垃圾一小堆", "observedAt", Instant.now().minusSeconds(300).toString(),
                "location", Map.of("lat", grid.lat(), "lon", grid.lon(), "accuracy", 8, "crs", "wgs84"),
                "selfResolved", true, "afterPhotos", afterPhotos, "resolutionNote", "当场清理完毕");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String token, Map<String, Object> body) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/v1/reports", body).bearerAuth(token), Map.class);
    }

    private static int status(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertProblem(Runnable call, int status, String field) {
        try {
            call.run();
            throw new AssertionError("expected " + status + " naming " + field);
        } catch (HttpClientResponseException e) {
            assertThat(e.code()).isEqualTo(status);
            assertThat(e.getResponse().getContentType().map(Object::toString)).contains("application/problem+json");
            Map<String, Object> problem = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
            assertThat(String.valueOf(problem.get("errors"))).contains(field);
        }
    }
}
