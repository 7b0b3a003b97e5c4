package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * The whole closed loop through every service of one process, over real PostGIS and Kafka: a grid
 * worker's report is located (grid), accepted (intake), routed to 城管 (routing), registered and
 * dispatched (dispatch), accepted, resolved, verified on site with a photo and closed on time; the
 * worker's phone, the cases topic and the township dashboard see every step.
 */
@MicronautTest(transactional = false)
class ClosedLoopIT {

    private static final String TOWNSHIP = "370303102"; // 沣水镇

    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @Test
    @SuppressWarnings("unchecked")
    void aWorkersReportGoesRoundTheClosedLoopAndIsClosedOnTime() {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String worker = tokens.issue("e2e-worker-" + grid.code(), Role.WORKER, List.of(grid.code()));
        String dispatcher = tokens.issue("e2e-cgj", Role.DISPATCHER, List.of("CGJ"));
        String township = tokens.issue("e2e-township", Role.TOWNSHIP, List.of(TOWNSHIP));

        try (TopicProbe cases = TopicProbe.open(bootstrap, Topics.CASES)) {
            String reportId = flow.report(worker, grid, "0102", "小区门口暴露垃圾，约两立方米", Instant.now().minusSeconds(600));
            Map<String, Object> caseOnPhone = flow.awaitCaseOnPhone(reportId, worker, "dispatched");
            assertThat(caseOnPhone.get("department")).isEqualTo("CGJ");
            String caseId = (String) caseOnPhone.get("id");

            flow.act(caseId, "accept", dispatcher, Map.of("note", "已派环卫班组"));
            flow.act(caseId, "resolve", dispatcher, Map.of("note", "已清运"));
            String photo = flow.uploadPhoto(reportId, worker);
            flow.act(caseId, "verify", worker, Map.of("passed", true, "note", "现场已清理干净", "photos", List.of(photo)));
            Map<String, Object> closed = flow.act(caseId, "close", township, Map.of("note", "结案"));

            assertThat(closed.get("state")).isEqualTo("closed");
            assertThat(closed.get("closedOnTime")).isEqualTo(true);
            List<Map> timeline = http.toBlocking().retrieve(
                    HttpRequest.GET("/api/v1/cases/" + caseId + "/timeline").bearerAuth(township), Argument.listOf(Map.class));
            assertThat(timeline).extracting(entry -> entry.get("action"))
                    .contains("register", "accept", "resolve", "verify", "close");

            for (String type : List.of("CaseRegistered", "CaseDispatched", "CaseAccepted", "CaseResolved", "CaseVerified", "CaseClosed")) {
                ConsumerRecord<String, String> event = cases.await(
                        json -> json.contains(caseId) && json.contains("\"type\":\"" + type + "\""), Duration.ofSeconds(30));
                assertThat(event.key()).isEqualTo(caseId);
                assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", event.value())).as(type).isEmpty();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> flow.caseOnPhone(reportId, worker),
                    status -> "closed".equals(status.get("state")));

            // the township dashboard counts every step of the loop once, on the grid and on the township
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            String period = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
            Map<String, Object> onGrid = await().atMost(Duration.ofSeconds(30)).until(
                    () -> (Map<String, Object>) flow.get("/api/v1/stats/areas/" + grid.code() + "?" + period, township).get("figures"),
                    figures -> ((Number) figures.get("closed")).intValue() == 1);
            for (String counter : List.of("reported", "registered", "dispatched", "resolved", "closed", "closedOnTime")) {
                assertThat(((Number) onGrid.get(counter)).intValue()).as(counter).isEqualTo(1);
            }
        }
    }
}
