package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.gridgov.dispatch.app.CheckDeadlines;
import org.gridgov.platform.calendar.store.WorkingCalendars;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.MutableClock;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 缓办 and 挂账 through every service: the township defers a case 城管局 has accepted to a date, and
 * parks another that needs a higher decision. While they stand still their deadlines pass without
 * a warning, an overdue mark or 督办; the deadline scan (run here by hand on a clock the test moves)
 * resumes the deferral on its day, the township resumes the parked case with a note, and each comes
 * back with its deadline moved on by the working time it stood still. The reporter's phone shows
 * the state, cases.v1 carries it within its schema, and the dashboard counts 缓办数 / 挂账数 and the
 * cases deferred and parked now, never as overdue.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.maximum-pool-size", value = "6")
@Property(name = "dispatch.test.clock", value = "mutable")
@Property(name = "gridgov.dispatch.scheduler.enabled", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeferredAndParkedCaseIT {

    private static final String TOWNSHIP = "370303102"; // 沣水镇
    private static final ZoneId ZIBO = ZoneId.of("Asia/Shanghai");
    private static final int WEEKS = 60 * 24 * 3600;

    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;
    @Inject MutableClock clock;
    @Inject CheckDeadlines checkDeadlines;
    @Inject WorkingCalendars calendars;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    CaseFlow flow;
    TopicProbe cases;
    String township;
    String dispatcher;

    @BeforeAll
    void connect() {
        flow = new CaseFlow(http, tokens);
        cases = TopicProbe.open(bootstrap, Topics.CASES);
    }

    /**
     * Sets the clock and issues the tokens there, valid long enough for the weeks the test moves on
     * (a token is issued and checked on the context's clock).
     */
    private void startAt(Instant at) {
        clock.set(at);
        township = tokens.issue("e2e-township", Role.TOWNSHIP, List.of(TOWNSHIP), WEEKS);
        dispatcher = tokens.issue("e2e-cgj", Role.DISPATCHER, List.of("CGJ"), WEEKS);
    }

    @AfterAll
    void disconnect() {
        cases.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeferredCaseStandsStillPastItsDeadlineAndResumesOnItsDayWithTheDeadlineMovedOn() {
        startAt(Instant.parse("2027-11-15T02:00:00Z")); // Monday 10:00 in Zibo
        CaseFlow.Grid grid = flow.createGrid();
        String worker = tokens.issue("e2e-worker-" + grid.code(), Role.WORKER, List.of(grid.code()), WEEKS);
        String reportId = flow.report(worker, grid, "0102", "小区门口暴露垃圾，需等待垃圾中转站改造完成", clock.instant().minusSeconds(300));
        String caseId = flow.awaitCaseOnPhone(reportId, worker, "dispatched").get("id").toString();
        flow.act(caseId, "accept", dispatcher, Map.of("note", "已受理"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZIBO);
        LocalDate resumeOn = today.plusDays(14);

        // refusals name the field; the department may not pause its own case
        assertProblem(act(caseId, "defer", township, Map.of("resumeOn", resumeOn.toString())), 400, "reason");
        assertProblem(act(caseId, "defer", township, Map.of("reason", "等待中转站改造", "resumeOn", "2027-02-30")), 400, "resumeOn");
        assertProblem(act(caseId, "defer", township, Map.of("reason", "等待中转站改造", "resumeOn", today.toString())), 422, "resumeOn");
        assertProblem(act(caseId, "defer", township, Map.of("reason", "等待中转站改造", "resumeOn", today.plusDays(91).toString())),
                422, "resumeOn");
        assertThat(act(caseId, "defer", dispatcher, Map.of("reason", "等待", "resumeOn", resumeOn.toString())).getStatus().getCode())
                .isEqualTo(403);
        assertThat(send(caseId, "defer", township, Map.of("reason", "等待", "resumeOn", resumeOn.toString()), "\"0\"")
                .getStatus().getCode()).as("a stale version").isEqualTo(412);

        String period = "from=" + today + "&to=" + resumeOn;
        String admin = tokens.issue("e2e-admin", Role.ADMIN, List.of(), WEEKS);
        Map<String, Object> cityBefore = figures("370300", period, admin);
        Map<String, Object> accepted = flow.caseView(caseId, township);
        Instant oldDeadline = Instant.parse((String) accepted.get("deadline"));
        Instant deferredAt = clock.instant();
        Map<String, Object> deferred = flow.act(caseId, "defer", township, Map.of("reason", "垃圾中转站改造，两周后恢复清运", "resumeOn", resumeOn.toString()));
        assertThat(deferred.get("state")).isEqualTo("deferred");
        assertThat(deferred.get("phase")).isNull();
        assertThat((List<String>) deferred.get("actions")).contains("resume").doesNotContain("resolve", "escalate");
        Map<String, Object> pause = (Map<String, Object>) deferred.get("pause");
        assertThat(pause).containsEntry("resumesTo", "accepted").containsEntry("reason", "垃圾中转站改造，两周后恢复清运")
                .containsEntry("by", "e2e-township").containsEntry("resumeOn", resumeOn.toString());
        assertThat(Instant.parse((String) pause.get("since"))).isEqualTo(deferredAt);
        flow.awaitCaseOnPhone(reportId, worker, "deferred");

        // the old deadline, its red mark and the district's rung all pass while it stands still
        clock.set(resumeOn.atStartOfDay(ZIBO).toInstant().minusSeconds(60));
        scan();
        Map<String, Object> stillDeferred = flow.caseView(caseId, township);
        assertThat(stillDeferred.get("state")).isEqualTo("deferred");
        assertThat(stillDeferred.get("warning")).isEqualTo("none");
        assertThat(stillDeferred.get("escalationLevel")).isEqualTo("none");
        assertThat(((List<Map<String, Object>>) flow.get("/api/v1/cases?overdue=true&size=100", township).get("items")))
                .extracting(c -> c.get("id")).doesNotContain(caseId);
        Map<String, Object> whileDeferred = await().atMost(Duration.ofSeconds(30)).until(() -> figures(grid, period),
                f -> ((Number) f.get("deferredNow")).intValue() == 1);
        assertThat(whileDeferred).containsEntry("deferred", 1).containsEntry("overdueNow", 0).containsEntry("overdueInPeriod", 0)
                .containsEntry("parked", 0).containsEntry("parkedNow", 0);
        Map<String, Object> city = figures("370300", period, admin);
        assertThat(count(city, "deferred")).as("the city counts it too").isEqualTo(count(cityBefore, "deferred") + 1);
        assertThat(count(city, "deferredNow")).isEqualTo(count(cityBefore, "deferredNow") + 1);

        // the scan resumes it on its day, back to accepted, with the working time it stood still added
        clock.set(resumeOn.atStartOfDay(ZIBO).toInstant().plusSeconds(60));
        scan();
        Map<String, Object> resumed = flow.caseView(caseId, township);
        assertThat(resumed.get("state")).isEqualTo("accepted");
        assertThat(resumed.get("pause")).isNull();
        Instant newDeadline = Instant.parse((String) resumed.get("deadline"));
        var calendar = calendars.current();
        assertThat(calendar.workingTimeBetween(clock.instant(), newDeadline))
                .as("as much working time left as when it was deferred")
                .isEqualTo(calendar.workingTimeBetween(deferredAt, oldDeadline));
        List<Map> timeline = http.toBlocking().retrieve(
                HttpRequest.GET("/api/v1/cases/" + caseId + "/timeline").bearerAuth(township), Argument.listOf(Map.class));
        assertThat(timeline).extracting(e -> e.get("action")).containsSubsequence("accept", "defer", "resume")
                .doesNotContain("warn", "mark-overdue", "escalate");
        assertThat(timeline.get(timeline.size() - 1)).containsEntry("action", "resume").containsEntry("actor", "system");
        flow.awaitCaseOnPhone(reportId, worker, "accepted");

        for (String type : List.of("CaseDeferred", "CaseResumed")) {
            String event = cases.await(json -> json.contains(caseId) && json.contains("\"type\":\"" + type + "\""),
                    Duration.ofSeconds(30)).value();
            assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", event)).as(type).isEmpty();
        }
        Map<String, Object> afterResume = await().atMost(Duration.ofSeconds(30)).until(() -> figures(grid, period),
                f -> ((Number) f.get("deferredNow")).intValue() == 0);
        assertThat(afterResume).containsEntry("deferred", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aParkedCaseWaitsForTheTownshipWhichResumesItWithTheHigherDecision() {
        startAt(Instant.parse("2027-11-22T02:00:00Z")); // Monday 10:00 in Zibo
        CaseFlow.Grid grid = flow.createGrid();
        String worker = tokens.issue("e2e-worker-" + grid.code(), Role.WORKER, List.of(grid.code()), WEEKS);
        String reportId = flow.report(worker, grid, "0102", "道路红线内堆放建筑垃圾，权属待区里认定", clock.instant().minusSeconds(300));
        String caseId = flow.awaitCaseOnPhone(reportId, worker, "dispatched").get("id").toString();
        Instant oldDeadline = Instant.parse((String) flow.caseView(caseId, township).get("deadline"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZIBO);

        assertProblem(act(caseId, "park", township, Map.of("reason", " ")), 400, "reason");
        Instant parkedAt = clock.instant();
        Map<String, Object> parked = flow.act(caseId, "park", township, Map.of("reason", "地块权属不清，需区里协调认定"));
        assertThat(parked.get("state")).isEqualTo("parked");
        assertThat((Map<String, Object>) parked.get("pause")).containsEntry("resumesTo", "dispatched").containsEntry("resumeOn", null);
        flow.awaitCaseOnPhone(reportId, worker, "parked");

        clock.set(parkedAt.plus(Duration.ofDays(20)));
        scan();
        Map<String, Object> stillParked = flow.caseView(caseId, township);
        assertThat(stillParked.get("state")).as("a parked case never resumes by itself").isEqualTo("parked");
        assertThat(stillParked.get("escalationLevel")).isEqualTo("none");
        String period = "from=" + today + "&to=" + today.plusDays(30);
        await().atMost(Duration.ofSeconds(30)).until(() -> figures(grid, period),
                f -> ((Number) f.get("parkedNow")).intValue() == 1 && ((Number) f.get("parked")).intValue() == 1
                        && ((Number) f.get("overdueNow")).intValue() == 0);
        Map<String, Object> gridRow = await().atMost(Duration.ofSeconds(30)).until(
                () -> rowOf(flow.get("/api/v1/stats/areas/" + TOWNSHIP + "?by=grid&" + period, township), grid.code()),
                row -> row != null && ((Number) row.get("parkedNow")).intValue() == 1);
        assertThat(gridRow).as("the grid's row of the township").containsEntry("parked", 1);

        assertProblem(act(caseId, "resume", township, Map.of()), 400, "note");
        Instant resumedAt = clock.instant();
        Map<String, Object> resumed = flow.act(caseId, "resume", township, Map.of("note", "区里已明确由城管局清运"));
        assertThat(resumed.get("state")).isEqualTo("dispatched");
        var calendar = calendars.current();
        assertThat(calendar.workingTimeBetween(resumedAt, Instant.parse((String) resumed.get("deadline"))))
                .isEqualTo(calendar.workingTimeBetween(parkedAt, oldDeadline));
        flow.awaitCaseOnPhone(reportId, worker, "dispatched");
        for (String type : List.of("CaseParked", "CaseResumed")) {
            String event = cases.await(json -> json.contains(caseId) && json.contains("\"type\":\"" + type + "\""),
                    Duration.ofSeconds(30)).value();
            assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", event)).as(type).isEmpty();
        }
    }

    private void scan() {
        while (checkDeadlines.checkBatch() == checkDeadlines.batchSize()) {
            // a full batch: more may be due
        }
    }

    private Map<String, Object> figures(CaseFlow.Grid grid, String period) {
        return figures(grid.code(), period, township);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> figures(String area, String period, String token) {
        return (Map<String, Object>) flow.get("/api/v1/stats/areas/" + area + "?" + period, token).get("figures");
    }

    private static long count(Map<String, Object> figures, String name) {
        return ((Number) figures.get(name)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rowOf(Map<String, Object> byGrid, String gridCode) {
        return ((List<Map<String, Object>>) byGrid.get("rows")).stream().filter(r -> gridCode.equals(r.get("key")))
                .map(r -> (Map<String, Object>) r.get("figures")).findFirst().orElse(null);
    }

    /** An action with the case's current version, answering whatever status it gets. */
    private HttpResponse<Map> act(String caseId, String action, String token, Map<String, Object> body) {
        String etag = http.toBlocking().exchange(HttpRequest.GET("/api/v1/cases/" + caseId).bearerAuth(token), Map.class)
                .getHeaders().get("ETag");
        return send(caseId, action, token, body, etag);
    }

    @SuppressWarnings("unchecked")
    private HttpResponse<Map> send(String caseId, String action, String token, Map<String, Object> body, String etag) {
        try {
            return http.toBlocking().exchange(HttpRequest.POST("/api/v1/cases/" + caseId + "/" + action, body)
                    .header("If-Match", etag).bearerAuth(token), Argument.of(Map.class), Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            return (HttpResponse<Map>) e.getResponse();
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertProblem(HttpResponse<Map> response, int status, String field) {
        assertThat(response.getStatus().getCode()).isEqualTo(status);
        Map<String, Object> problem = response.getBody(Map.class).orElseThrow();
        assertThat(String.valueOf(problem)).as("the problem names %s", field).contains(field);
    }
}
