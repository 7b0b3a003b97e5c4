package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.MutableClock;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * The hard way round the loop, through every service: a neighbour dispute goes to 司法局, which
 * returns it; routing has no other department for it and sends it to the township centre, which
 * gives it to its 司法所; the 司法所 asks for and gets an extension, the first verification on site
 * fails and the township sends it back (返工); the deadline passes on a clock the test moves, the
 * case is escalated (督办) by itself, and it is finally closed late.
 */
@MicronautTest(transactional = false)
@Property(name = "dispatch.test.clock", value = "mutable")
@Property(name = "gridgov.dispatch.deadline-scan-interval", value = "1s")
class ReturnedAndOverdueCaseIT {

    private static final String TOWNSHIP = "370303102";
    private static final String SFS = TOWNSHIP + "-SFS";

    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;
    @Inject MutableClock clock;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @Test
    void aReturnedDisputeIsArbitratedExtendedReworkedEscalatedAndClosedLate() {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String worker = tokens.issue("e2e-worker-" + grid.code(), Role.WORKER, List.of(grid.code()));
        String justiceBureau = tokens.issue("e2e-sfj", Role.DISPATCHER, List.of("SFJ"));
        String justiceOffice = tokens.issue("e2e-sfs", Role.DISPATCHER, List.of(SFS));
        String township = tokens.issue("e2e-township", Role.TOWNSHIP, List.of(TOWNSHIP));

        try (TopicProbe cases = TopicProbe.open(bootstrap, Topics.CASES)) {
            String reportId = flow.report(worker, grid, "0601", "两户邻居因楼道堆物发生争执", clock.instant().minusSeconds(300));
            String caseId = flow.awaitCaseOnPhone(reportId, worker, "dispatched").get("id").toString();
            assertThat(flow.caseView(caseId, township).get("department")).isEqualTo("SFJ");

            flow.act(caseId, "return", justiceBureau, Map.of("reason", "属基层调解事项，不属于本部门职责"));
            Map<String, Object> arbitration = await().atMost(Duration.ofSeconds(30))
                    .until(() -> flow.caseView(caseId, township), c -> Boolean.TRUE.equals(c.get("awaitingArbitration")));
            assertThat(arbitration.get("state")).isEqualTo("returned");
            assertThat(arbitration.get("returnedBy")).isEqualTo(List.of("SFJ"));

            flow.act(caseId, "assign-department", township, Map.of("department", SFS));
            flow.act(caseId, "accept", justiceOffice, Map.of("note", "已受理，约双方调解"));
            flow.act(caseId, "request-extension", justiceOffice, Map.of("workingDays", 2, "reason", "一方外出务工"));
            Map<String, Object> extended = flow.act(caseId, "grant-extension", township, Map.of("note", "同意延期两个工作日"));
            assertThat(extended.get("extension")).isEqualTo("granted");

            flow.act(caseId, "resolve", justiceOffice, Map.of("note", "已调解"));
            String photo = flow.uploadPhoto(reportId, worker);
            // 核查不通过 goes straight back to the same office as rework: nobody reopens it by hand
            Map<String, Object> reopened = flow.act(caseId, "verify", worker,
                    Map.of("passed", false, "note", "楼道仍有堆物，矛盾未化解", "photos", List.of(photo)));
            assertThat(reopened.get("state")).isEqualTo("dispatched");
            assertThat(reopened.get("department")).isEqualTo(SFS);

            // red (and 督办) on the first working day after the handling deadline
            clock.set(Instant.parse((String) reopened.get("phaseRedAt")).plus(Duration.ofMinutes(1)));
            Map<String, Object> escalated = await().atMost(Duration.ofSeconds(30))
                    .until(() -> flow.caseView(caseId, township), c -> "township".equals(c.get("escalationLevel")));
            assertThat(escalated.get("warning")).isEqualTo("red");

            flow.act(caseId, "accept", justiceOffice, Map.of("note", "再次上门"));
            flow.act(caseId, "resolve", justiceOffice, Map.of("note", "堆物已清，双方签署调解协议"));
            flow.act(caseId, "verify", worker, Map.of("passed", true, "note", "已化解", "photos", List.of(photo)));
            Map<String, Object> closed = flow.act(caseId, "close", township, Map.of("note", "结案"));

            assertThat(closed.get("state")).isEqualTo("closed");
            assertThat(closed.get("closedOnTime")).isEqualTo(false);
            List<Map> timeline = http.toBlocking().retrieve(
                    HttpRequest.GET("/api/v1/cases/" + caseId + "/timeline").bearerAuth(township), Argument.listOf(Map.class));
            assertThat(timeline).extracting(entry -> entry.get("action")).contains("return", "assign-department",
                    "request-extension", "grant-extension", "reopen", "escalate", "close");

            for (String type : List.of("CaseReturned", "CaseDepartmentAssigned", "CaseExtensionRequested",
                    "CaseExtensionGranted", "CaseVerificationFailed", "CaseReopened", "CaseOverdue", "CaseEscalated", "CaseClosed")) {
                String event = cases.await(json -> json.contains(caseId) && json.contains("\"type\":\"" + type + "\""),
                        Duration.ofSeconds(30)).value();
                assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", event)).as(type).isEmpty();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> flow.caseOnPhone(reportId, worker),
                    status -> status != null && "closed".equals(status.get("state")));
        }
    }
}
