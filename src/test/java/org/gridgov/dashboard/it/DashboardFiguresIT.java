package org.gridgov.dashboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.JsonSchema;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.gridgov.support.TestTownships;

/**
 * Scripted cases fed onto gridgov.cases.v1 → figures equal to a hand count at grid, township and
 * city level. The cases live in a random month of the past and in random area and department codes,
 * so other tests' cases (which happen "now") never mix into the city's figures for that month.
 *
 * <pre>
 * township T: grid G1 = A, B; grid G2 = C, E.   township T2: grid G3 = D.   (d = day of the month m, n = the next month)
 * A  G1  reported d2 10:00, dispatched to DEPT d2 12:00 deadline d4 10:00, overdue d4, resolved d5 10:00, closed d5 12:00
 *        (late, 74 h), rated satisfied d6; a late reopen n3 09:00 with deadline n6 10:00, overdue n6: open
 * B  G1  reported d3 10:00, dispatched to DEPT deadline d10, resolved d4 10:00, closed d4 16:00 (on time, 30 h), rated
 *        dissatisfied d4 17:00, which reopens it (deadline d11); resolved d8 10:00, closed d8 12:00 (on time, 122 h)
 * C  G2  reported d3 10:00, dispatched to DEPT deadline d8, returned by DEPT d3 14:00, dispatched to DEPT2 d4 deadline d9,
 *        overdue d9: open
 * D  G3  reported d5 10:00, dispatched to DEPT deadline d7, resolved d6 09:00 and closed d6 10:00 (on time, 24 h), reopened
 *        d7 09:00 (before its deadline fell) with deadline d12, overdue d12: open
 * E  G2  reported d20, rejected
 * Each close stays counted in month m: the reopens take back only a deadline they replaced before it fell (B's d10, D's d7).
 * </pre>
 */
@MicronautTest(transactional = false)
// the rebuild answers after replaying every case event the suite has written so far: more than the client's default 10 s on a busy machine
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardFiguresIT {

    private static final String CITY = "370300";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestTokens tokens;

    @Inject
    JsonMapper json;

    @Value("${kafka.bootstrap.servers}")
    String bootstrap;

    private final Random random = new Random();
    private final ScriptedMonth month = ScriptedMonth.inDecade(2000, random);
    private final String township = TestTownships.next();
    private final String district = township.substring(0, 6);
    private final String township2 = TestTownships.nextIn(district);
    private final String g1 = township + "001001";
    private final String g2 = township + "001002";
    private final String g3 = township2 + "001001";
    private final String dept = "IT" + Long.toString(Math.abs(random.nextLong()), 36).toUpperCase(Locale.ROOT);
    private final String dept2 = dept + "-2";
    private final List<CaseScript> cases = new ArrayList<>();
    private Feed feed;
    private JsonSchema casesSchema;
    private String admin;

    @BeforeAll
    void feedScriptedCases() {
        feed = new Feed(bootstrap, json);
        casesSchema = Feed.schema("cases.v1.schema.json");
        admin = tokens.issue("it-admin", Role.ADMIN, List.of());
        JsonSchema gridSchema = Feed.schema("grid.v1.schema.json");
        feed.send(Topics.GRID, gridSchema, g1, GridMessages.squareCell(g1, "一号网格", 118.00, 36.80, 0.01));
        feed.send(Topics.GRID, gridSchema, g2, GridMessages.squareCell(g2, "二号网格", 118.01, 36.80, 0.01));
        feed.send(Topics.GRID, gridSchema, g3, GridMessages.squareCell(g3, "三号网格", 118.05, 36.80, 0.01));

        cases.add(CaseScript.reported(g1, month.at(2, 10), 36.805, 118.005).registered(month.at(2, 11))
                .dispatched(dept, month.at(2, 12), month.at(4, 10)).overdue(month.at(4, 10)).resolved(month.at(5, 10)).closed(month.at(5, 12))
                .rated("satisfied", month.at(6, 9)).reopened(month.nextMonth(3, 9), month.nextMonth(6, 10)).overdue(month.nextMonth(6, 10)));
        cases.add(CaseScript.reported(g1, month.at(3, 10), 36.806, 118.006).registered(month.at(3, 11))
                .dispatched(dept, month.at(3, 12), month.at(10, 10)).resolved(month.at(4, 10)).closed(month.at(4, 16)).rated("dissatisfied", month.at(4, 17))
                .reopened(month.at(4, 17), month.at(11, 10)).resolved(month.at(8, 10)).closed(month.at(8, 12)));
        cases.add(CaseScript.reported(g2, month.at(3, 10), 36.805, 118.015).registered(month.at(3, 11))
                .dispatched(dept, month.at(3, 12), month.at(8, 10)).returned(month.at(3, 14)).dispatched(dept2, month.at(4, 10), month.at(9, 10))
                .overdue(month.at(9, 10)));
        cases.add(CaseScript.reported(g3, month.at(5, 10), 36.805, 118.055).registered(month.at(5, 11))
                .dispatched(dept, month.at(5, 12), month.at(7, 10)).resolved(month.at(6, 9)).closed(month.at(6, 10)).reopened(month.at(7, 9), month.at(12, 10))
                .overdue(month.at(12, 10)));
        cases.add(CaseScript.reported(g2, month.at(20, 10), 36.807, 118.017).rejected(month.at(20, 11)));
        cases.forEach(c -> c.events().forEach(e -> feed.send(Topics.CASES, casesSchema, c.caseId(), e)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(figures(CITY, admin).get("reported")).isEqualTo(5);
            assertThat(figures(CITY, admin).get("reopened")).isEqualTo(2);
            assertThat(figures(CITY, admin).get("overdueInPeriod")).isEqualTo(3);
            assertThat(figures(CITY, admin).get("closed")).isEqualTo(4);
            assertThat(figures(township, admin).get("returned")).isEqualTo(1);
            assertThat(figures(township, admin).get("satisfied")).isEqualTo(1);
        });
    }

    @AfterAll
    void closeFeed() {
        feed.close();
    }

    @Test
    @Order(1)
    void townshipFiguresEqualTheHandCount() {
        Map<String, Object> t = figures(township, admin);

        assertThat(t).containsEntry("reported", 4).containsEntry("registered", 3).containsEntry("dispatched", 3)
                .containsEntry("resolved", 3).containsEntry("resolvedOnTime", 2).containsEntry("due", 4)
                .containsEntry("closed", 3).containsEntry("closedOnTime", 2).containsEntry("returned", 1)
                .containsEntry("reopened", 1).containsEntry("rated", 2).containsEntry("satisfied", 1)
                .containsEntry("overdueNow", 2).containsEntry("reworkedCases", 1).containsEntry("resolvedCases", 2)
                .containsEntry("overdueInPeriod", 2).containsEntry("townshipClosed", 3).containsEntry("townshipClosedOnTime", 3);
        assertRate(t, "closeRate", 3 / 4.0);
        assertRate(t, "onTimeCloseRate", 2 / 4.0);
        assertRate(t, "disposalRate", 1.0);
        assertRate(t, "onTimeDisposalRate", 2 / 3.0);
        assertRate(t, "reworkRate", 1 / 2.0);
        assertRate(t, "returnRate", 1 / 3.0);
        assertRate(t, "satisfactionRate", 0.5);
        assertRate(t, "meanHoursToClose", (74 + 30 + 122) / 3.0);
        assertRate(t, "p90HoursToClose", 122.0);
        assertRate(t, "registrationRate", 3 / 4.0);
        assertRate(t, "departmentOnTimeRate", 2 / 3.0);
        assertRate(t, "townshipOnTimeRate", 1.0);
        // handling runs from the dispatch, or from the reopen for B's second round
        assertRate(t, "meanWorkingHoursToResolve", workingHours(List.of(month.at(2, 12), month.at(5, 10), month.at(3, 12), month.at(4, 10), month.at(4, 17), month.at(8, 10))));
    }

    @Test
    @Order(2)
    void gridFiguresEqualTheHandCountAndSumToTheTownship() {
        Map<String, Object> first = figures(g1, admin);
        Map<String, Object> second = figures(g2, admin);
        Map<String, Object> third = figures(g3, admin);

        assertThat(first).containsEntry("reported", 2).containsEntry("due", 3).containsEntry("closed", 3)
                .containsEntry("closedOnTime", 2).containsEntry("returned", 0).containsEntry("overdueNow", 1)
                .containsEntry("rated", 2).containsEntry("satisfied", 1).containsEntry("reworkedCases", 1)
                .containsEntry("resolvedCases", 2).containsEntry("overdueInPeriod", 1);
        assertRate(first, "onTimeCloseRate", 2 / 3.0);
        assertRate(first, "meanHoursToClose", (74 + 30 + 122) / 3.0);
        assertRate(first, "satisfactionRate", 0.5);
        assertThat(second).containsEntry("reported", 2).containsEntry("registered", 1).containsEntry("due", 1)
                .containsEntry("closed", 0).containsEntry("returned", 1).containsEntry("overdueNow", 1)
                .containsEntry("overdueInPeriod", 1).containsEntry("resolvedCases", 0);
        assertRate(second, "closeRate", 0.0);
        assertRate(second, "returnRate", 1.0);
        assertRate(second, "registrationRate", 0.5);
        assertThat(second.get("reworkRate")).as("nothing resolved, nothing reworked").isNull();
        assertThat(third).containsEntry("reported", 1).containsEntry("resolved", 1).containsEntry("closed", 1)
                .containsEntry("due", 2).containsEntry("reopened", 1).containsEntry("reworkedCases", 1)
                .containsEntry("resolvedCases", 1).containsEntry("overdueInPeriod", 1).containsEntry("overdueNow", 1);
        assertRate(third, "reworkRate", 1.0);

        Map<String, Object> byGrid = get("/api/v1/stats/areas/" + township + "?by=grid&" + month.period(), admin);
        List<Map<String, Object>> rows = rows(byGrid);
        assertThat(rows).extracting(r -> r.get("key")).containsExactly(g1, g2);
        for (String counter : List.of("reported", "registered", "dispatched", "resolved", "due", "closed", "returned", "overdueNow",
                "reworkedCases", "resolvedCases", "overdueInPeriod", "townshipClosed")) {
            int sum = rows.stream().mapToInt(r -> ((Number) ((Map<?, ?>) r.get("figures")).get(counter)).intValue()).sum();
            assertThat(sum).as(counter).isEqualTo(((Map<?, ?>) byGrid.get("figures")).get(counter));
        }
    }

    @Test
    @Order(3)
    void cityFiguresEqualTheHandCount() {
        Map<String, Object> city = figures(CITY, admin);

        assertThat(city).containsEntry("reported", 5).containsEntry("registered", 4).containsEntry("dispatched", 4)
                .containsEntry("resolved", 4).containsEntry("resolvedOnTime", 3).containsEntry("due", 6)
                .containsEntry("closed", 4).containsEntry("closedOnTime", 3).containsEntry("returned", 1)
                .containsEntry("reopened", 2).containsEntry("rated", 2).containsEntry("satisfied", 1)
                .containsEntry("reworkedCases", 2).containsEntry("resolvedCases", 3).containsEntry("overdueInPeriod", 3)
                .containsEntry("townshipClosed", 4).containsEntry("townshipClosedOnTime", 4);
        assertRate(city, "closeRate", 4 / 6.0);
        assertRate(city, "onTimeCloseRate", 3 / 6.0);
        assertRate(city, "reworkRate", 2 / 3.0);
        assertRate(city, "returnRate", 0.25);
        assertRate(city, "satisfactionRate", 0.5);
        assertRate(city, "meanHoursToClose", (74 + 30 + 122 + 24) / 4.0);
        assertRate(city, "p90HoursToClose", 122.0);
        assertRate(city, "registrationRate", 0.8);
        assertRate(city, "departmentOnTimeRate", 0.75);
        assertRate(city, "townshipOnTimeRate", 1.0);
        assertRate(city, "meanWorkingHoursToResolve", workingHours(List.of(month.at(2, 12), month.at(5, 10), month.at(3, 12), month.at(4, 10),
                month.at(4, 17), month.at(8, 10), month.at(5, 12), month.at(6, 9))));
        // "overdue now" is not bound to the period: limit it to the test's own department.
        String dispatcher = tokens.issue("it-dispatcher", Role.DISPATCHER, List.of(dept));
        Map<String, Object> deptCity = figures(CITY, dispatcher);
        assertThat(deptCity).containsEntry("reported", 3).containsEntry("overdueNow", 2).containsEntry("dispatched", 3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> metrics = (List<Map<String, Object>>) get("/api/v1/stats/labels", admin).get("metrics");
        assertThat(metrics).contains(Map.of("name", "registration_rate", "label", "立案率"),
                Map.of("name", "overdue_in_period", "label", "超期数"));
    }

    @Test
    @Order(4)
    void theLateReopenCountsInItsOwnMonthAndLeavesTheMonthOfTheCloseAsItWas() {
        Map<String, Object> next = figuresOf(CITY, month.nextPeriod());
        Map<String, Object> nextGrid = figuresOf(g1, month.nextPeriod());

        // month m still holds A's close, its late close on time or not, and its deadline (see cityFiguresEqualTheHandCount)
        assertThat(next).containsEntry("reported", 0).containsEntry("closed", 0).containsEntry("reopened", 1)
                .containsEntry("reworkedCases", 1).containsEntry("resolvedCases", 1).containsEntry("due", 1)
                .containsEntry("overdueInPeriod", 1);
        assertRate(next, "reworkRate", 1.0);
        assertThat(nextGrid).containsEntry("reopened", 1).containsEntry("reworkedCases", 1).containsEntry("due", 1)
                .containsEntry("overdueInPeriod", 1).containsEntry("closed", 0);
        assertThat(figuresOf(township, month.nextPeriod())).containsEntry("reworkedCases", 1).containsEntry("overdueInPeriod", 1);
    }

    @Test
    @Order(5)
    void figuresByDayAndByDepartmentAddUpToTheMonth() {
        Map<String, Object> byDay = get("/api/v1/stats/areas/" + CITY + "?by=day&" + month.period(), admin);
        Map<String, Object> byDept = get("/api/v1/stats/areas/" + township + "?by=department&" + month.period(), admin);

        assertThat(rows(byDay).stream().mapToInt(r -> figure(r, "reported")).sum()).isEqualTo(5);
        assertThat(rows(byDay).stream().mapToInt(r -> figure(r, "closed")).sum()).isEqualTo(4);
        assertThat(rows(byDept)).filteredOn(r -> dept.equals(r.get("key"))).singleElement()
                .satisfies(r -> assertThat(figure(r, "closed")).isEqualTo(3));
        assertThat(rows(byDept)).filteredOn(r -> dept2.equals(r.get("key"))).singleElement()
                .satisfies(r -> assertThat(figure(r, "overdueNow")).isEqualTo(1));
    }

    @Test
    @Order(6)
    void theGridsGeoJsonIsAValidFeatureCollectionWithTheMetric() {
        String body = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/stats/areas/" + township
                + "/grids.geojson?metric=on_time_close_rate&" + month.period()).bearerAuth(admin), String.class);

        Map<String, Object> collection = read(body);
        GeoJsonCheck.assertFeatureCollection(collection);
        List<Map<String, Object>> features = GeoJsonCheck.features(collection);
        assertThat(features).extracting(f -> f.get("id")).containsExactly(g1, g2);
        assertThat(((Number) GeoJsonCheck.properties(features.get(0)).get("value")).doubleValue()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(((Number) GeoJsonCheck.properties(features.get(1)).get("value")).doubleValue()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    @Order(7)
    void theCsvExportStartsWithAByteOrderMarkAndCarriesTheFigures() {
        HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.GET("/api/v1/stats/areas/" + township
                + "/export.csv?by=grid&" + month.period()).bearerAuth(admin), byte[].class);
        String text = new String(response.body(), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF代码,名称,上报数");
        assertThat(text.lines()).anySatisfy(line -> assertThat(line).startsWith(g1 + ",一号网格,2,"));
    }

    @Test
    @Order(7)
    void scopeIsEnforced() {
        String ownTownship = tokens.issue("it-township", Role.TOWNSHIP, List.of(township));
        String otherTownship = tokens.issue("it-township2", Role.TOWNSHIP, List.of(township2));
        String worker = tokens.issue("it-worker", Role.WORKER, List.of(g1));

        assertThat(figures(g1, ownTownship)).containsEntry("reported", 2);
        assertStatus(township, otherTownship, HttpStatus.FORBIDDEN);
        assertStatus(CITY, ownTownship, HttpStatus.FORBIDDEN);
        assertStatus(township, worker, HttpStatus.FORBIDDEN);
        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.POST("/api/v1/stats/rebuild", "").bearerAuth(ownTownship)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/stats/areas/" + township)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
    }

    @Test
    @Order(8)
    void badInputIsA400NamingTheField() {
        assertProblem("/api/v1/stats/areas/12345", "code");
        assertProblem("/api/v1/stats/areas/" + township + "?from=2026-13-01", "from");
        assertProblem("/api/v1/stats/areas/" + township + "?from=2026-02-01&to=2026-01-01", "from");
        assertProblem("/api/v1/stats/areas/" + township + "?by=street", "by");
        assertProblem("/api/v1/stats/areas/" + township + "/grids.geojson?metric=happiness", "metric");
        assertProblem("/api/v1/stats/areas/" + township + "/hotspots?cell=0", "cell");
        assertProblem("/api/v1/stats/rankings?of=planet", "of");
    }

    @Test
    @Order(9)
    void redeliveredAndStaleEventsDoNotChangeTheFigures() {
        Map<String, Object> before = figuresOfEveryLevel();

        cases.forEach(c -> c.events().forEach(e -> feed.send(Topics.CASES, casesSchema, c.caseId(), e)));
        // A stale copy (old version, new eventId) of C's return must neither roll C back nor count twice.
        Map<String, Object> staleReturn = new java.util.LinkedHashMap<>(cases.get(2).events().get(3));
        staleReturn.put("eventId", java.util.UUID.randomUUID().toString());
        feed.send(Topics.CASES, casesSchema, cases.get(2).caseId(), staleReturn);
        cases.forEach(c -> {
            c.warned("yellow", month.at(25, 10));
            feed.send(Topics.CASES, casesSchema, c.caseId(), c.events().get(c.events().size() - 1));
        });
        awaitAllWarned();

        assertThat(figuresOfEveryLevel()).isEqualTo(before);
    }

    @Test
    @Order(10)
    void aRebuildFromTheTopicsGivesTheSameFigures() {
        Map<String, Object> before = figuresOfEveryLevel();

        Map<String, Object> rebuilt = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/stats/rebuild", "").bearerAuth(admin),
                Argument.mapOf(String.class, Object.class));

        assertThat(((Number) rebuilt.get("caseEvents")).longValue()).isGreaterThanOrEqualTo(cases.stream().mapToInt(c -> c.events().size()).sum());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(figuresOfEveryLevel()).isEqualTo(before));
    }

    @Test
    @Order(11)
    void rankingsListDepartmentsByOnTimeCloseRateWithRedAndBlackLists() {
        Map<String, Object> ranking = get("/api/v1/stats/rankings?of=department&month=" + month.yearMonth(), admin);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ranked = (List<Map<String, Object>>) ranking.get("ranked");
        assertThat(ranked).extracting(r -> r.get("code")).containsExactly(dept, dept2);
        assertThat(((Number) ranked.get(0).get("value")).doubleValue()).as("3 on time of 5 due").isCloseTo(3 / 5.0, within(1e-9));
        assertThat(((Number) ranked.get(1).get("value")).doubleValue()).isCloseTo(0.0, within(1e-9));
        assertThat((List<?>) ranking.get("redList")).hasSize(1);
        assertThat((List<?>) ranking.get("blackList")).hasSize(1);
    }

    @Test
    @Order(12)
    void hotspotsAndWorkerActivityCountTheScriptedReports() {
        List<Map<String, Object>> hotspots = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/stats/areas/" + township
                + "/hotspots?cell=0.01&" + month.period()).bearerAuth(admin), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Map<String, Object> workers = get("/api/v1/stats/areas/" + township + "/workers?idleDays=30&" + month.period(), admin);

        assertThat(hotspots).extracting(h -> ((Number) h.get("cases")).intValue()).containsExactly(2, 2);
        assertThat((List<?>) workers.get("reportsPerWorker")).hasSize(2);
        assertThat((List<?>) workers.get("gridsWithoutReports")).as("no report in the last 30 days in either grid").hasSize(2);
    }

    @Test
    @Order(13)
    void showcaseKpisArePublishedOnDemandAsValidMessages() {
        try (TopicProbe probe = TopicProbe.open(bootstrap, Topics.KPI)) {
            client.toBlocking().exchange(HttpRequest.POST("/api/v1/stats/kpi/publish", "").bearerAuth(admin));

            JsonSchema kpiSchema = Feed.schema("kpi.v1.schema.json");
            String message = probe.await(m -> m.contains("\"cases_this_month\"") && m.contains("fengshui-grid"), Duration.ofSeconds(30)).value();
            assertThat(kpiSchema.validate(message, com.networknt.schema.InputFormat.JSON)).isEmpty();
        }
    }

    private Map<String, Object> figuresOfEveryLevel() {
        return Map.of("city", figures(CITY, admin), "township", figures(township, admin), "g1", figures(g1, admin),
                "g2", figures(g2, admin), "g3", figures(g3, admin));
    }

    private void awaitAllWarned() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Map<String, Object>> markers = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/stats/areas/" + district
                    + "/cases?" + month.period()).bearerAuth(admin), Argument.listOf(Argument.mapOf(String.class, Object.class)));
            assertThat(markers).hasSize(5).allSatisfy(m -> assertThat(m.get("warning")).isEqualTo("yellow"));
        });
    }




    @SuppressWarnings("unchecked")
    private Map<String, Object> figuresOf(String code, String period) {
        return (Map<String, Object>) get("/api/v1/stats/areas/" + code + "?" + period, admin).get("figures");
    }

    /** Mean office hours of (from, to) pairs on the platform's working calendar. */
    private static double workingHours(List<String> pairs) {
        org.gridgov.platform.calendar.WorkingCalendar calendar = org.gridgov.platform.calendar.WorkingCalendar.china();
        long minutes = 0;
        for (int i = 0; i < pairs.size(); i += 2) {
            minutes += calendar.workingTimeBetween(java.time.Instant.parse(pairs.get(i)), java.time.Instant.parse(pairs.get(i + 1))).toMinutes();
        }
        return minutes / 60.0 / (pairs.size() / 2);
    }


    @SuppressWarnings("unchecked")
    private Map<String, Object> figures(String code, String token) {
        return (Map<String, Object>) get("/api/v1/stats/areas/" + code + "?" + month.period(), token).get("figures");
    }

    private Map<String, Object> get(String path, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> response) {
        return (List<Map<String, Object>>) response.get("rows");
    }

    private static int figure(Map<String, Object> row, String name) {
        return ((Number) ((Map<?, ?>) row.get("figures")).get(name)).intValue();
    }

    private static void assertRate(Map<String, Object> figures, String name, double expected) {
        assertThat(figures.get(name)).as(name).isNotNull();
        assertThat(((Number) figures.get(name)).doubleValue()).as(name).isCloseTo(expected, within(1e-9));
    }

    private void assertStatus(String code, String token, HttpStatus status) {
        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/stats/areas/" + code).bearerAuth(token)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(status.getCode()));
    }

    private void assertProblem(String path, String field) {
        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(admin), Argument.of(String.class), Argument.of(String.class)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).as(path).isEqualTo(400);
                    assertThat(e.getResponse().getBody(String.class).orElse("")).as(path).contains("\"" + field + "\"");
                });
    }

    private Map<String, Object> read(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
