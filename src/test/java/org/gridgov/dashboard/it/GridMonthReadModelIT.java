package org.gridgov.dashboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.JsonSchema;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.gridgov.dashboard.domain.Counter;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.gridgov.support.TestTownships;

/**
 * The read models kept for province scale (issue 17) stay what they stand for: every grid's month
 * equals the sum of its daily rows (and its overlap within the month), and a department's p90 time
 * to close equals the one its facts give, after the events are delivered, redelivered and replayed
 * by a rebuild.
 *
 * <pre>
 * township T: grid G1 = A, B; grid G2 = C.   (d = day of the month m, n = the next month)
 * A  G1  reported d2, dispatched to DEPT deadline d4, resolved d5, closed d5 12:00 (74 h); reopened n3, so its close
 *        leaves the facts but stays counted in m
 * B  G1  reported d3, dispatched to DEPT deadline d10, resolved d4, closed d4 16:00 (30 h), reopened d4 17:00,
 *        resolved d8, closed d8 12:00 (122 h)
 * C  G2  reported d28, dispatched to DEPT2 deadline n2, resolved d30, closed d30 12:00 (50 h): deadline in the next month
 * </pre>
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GridMonthReadModelIT {

    private static final String CITY = "370300";
    private static final String COLUMNS = Arrays.stream(Counter.values()).map(Counter::column).collect(Collectors.joining(", "));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestTokens tokens;

    @Inject
    TestDatabase db;

    @Inject
    JsonMapper json;

    @Value("${kafka.bootstrap.servers}")
    String bootstrap;

    private final Random random = new Random();
    private final ScriptedMonth month = ScriptedMonth.inDecade(2010, random);
    private final String township = TestTownships.next();
    private final String district = township.substring(0, 6);
    private final String g1 = township + "002001";
    private final String g2 = township + "002002";
    private final String dept = "GM" + Long.toString(Math.abs(random.nextLong()), 36).toUpperCase(Locale.ROOT);
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
        cases.add(CaseScript.reported(g1, month.at(2, 10), 36.805, 118.005).registered(month.at(2, 11))
                .dispatched(dept, month.at(2, 12), month.at(4, 10)).resolved(month.at(5, 10)).closed(month.at(5, 12))
                .reopened(month.nextMonth(3, 9), month.nextMonth(6, 10)));
        cases.add(CaseScript.reported(g1, month.at(3, 10), 36.806, 118.006).registered(month.at(3, 11))
                .dispatched(dept, month.at(3, 12), month.at(10, 10)).resolved(month.at(4, 10)).closed(month.at(4, 16))
                .reopened(month.at(4, 17), month.at(11, 10)).resolved(month.at(8, 10)).closed(month.at(8, 12)));
        cases.add(CaseScript.reported(g2, month.at(28, 10), 36.805, 118.015).registered(month.at(28, 11))
                .dispatched(dept2, month.at(28, 12), month.nextMonth(2, 10)).resolved(month.at(30, 10)).closed(month.at(30, 12)));
        sendAll();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(figure(township, "reported")).isEqualTo(3);
            assertThat(figure(township, "closed")).isEqualTo(4);
            assertThat(figure(township, "reopened")).isEqualTo(1);
            assertThat(figureOfNextMonth(township, "reopened")).isEqualTo(1);
        });
    }

    @AfterAll
    void closeFeed() {
        feed.close();
    }

    @Test
    @Order(1)
    void everyGridMonthIsTheSumOfItsDays() {
        assertThat(monthsOfTheGrids()).hasSize(4).isEqualTo(monthsSummedFromDays());
        assertThat(db.one("SELECT closed, closed_with_deadline_in_month FROM dashboard.figures_grid_month"
                        + " WHERE grid_code = ? AND month = ? AND department = ?", rs -> rs.getLong(1) + "/" + rs.getLong(2),
                g1, month.first(), dept)).as("A's and B's closes stay in m; A's and B's first deadlines fell in m")
                .contains("3/2");
    }

    @Test
    @Order(2)
    void aDepartmentsP90IsTheOneItsFactsGive() {
        assertP90sEqualTheFacts();
        assertThat(p90(CITY, dept)).as("B's 122 h; A's close left the facts with its reopen").isEqualTo(122.0);
    }

    @Test
    @Order(3)
    void afterARedeliveryEveryGridMonthIsStillTheSumOfItsDays() {
        List<String> before = monthsOfTheGrids();

        sendAll();
        cases.forEach(c -> {
            c.warned("yellow", month.at(25, 10));
            feed.send(Topics.CASES, casesSchema, c.caseId(), c.events().get(c.events().size() - 1));
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(db.one(
                "SELECT count(*) FROM dashboard.case_fact WHERE township_code = ? AND warning = 'yellow'", rs -> rs.getLong(1),
                township)).contains(3L));

        assertThat(monthsOfTheGrids()).isEqualTo(before).isEqualTo(monthsSummedFromDays());
        assertP90sEqualTheFacts();
    }

    @Test
    @Order(4)
    void afterARebuildEveryGridMonthIsStillTheSumOfItsDays() {
        List<String> before = monthsOfTheGrids();

        client.toBlocking().retrieve(HttpRequest.POST("/api/v1/stats/rebuild", "").bearerAuth(admin), Argument.mapOf(String.class, Object.class));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(monthsOfTheGrids()).isEqualTo(before));
        assertThat(monthsOfTheGrids()).isEqualTo(monthsSummedFromDays());
        assertP90sEqualTheFacts();
    }

    private void assertP90sEqualTheFacts() {
        for (String area : List.of(CITY, district, township)) {
            for (String department : List.of(dept, dept2)) {
                assertThat(p90(area, department)).as(area + " " + department).isEqualTo(p90FromFacts(area, department));
            }
        }
    }

    /** The grids' monthly rows with any count, as text. */
    private List<String> monthsOfTheGrids() {
        return db.list("SELECT concat_ws(' ', month, grid_code, department, " + COLUMNS + ", closed_with_deadline_in_month) AS r"
                        + " FROM dashboard.figures_grid_month WHERE grid_code LIKE ? AND (" + anyCount("") + " OR closed_with_deadline_in_month <> 0)"
                        + " ORDER BY 1", rs -> rs.getString(1), township + "%");
    }

    /** The same rows summed from the daily rows and the overlaps of the grids. */
    private List<String> monthsSummedFromDays() {
        String sums = Arrays.stream(Counter.values()).map(c -> "sum(" + c.column() + ") AS " + c.column()).collect(Collectors.joining(", "));
        return db.list("WITH d AS (SELECT date_trunc('month', day)::date AS month, area_code AS grid_code, department, " + sums
                        + " FROM dashboard.figures_daily WHERE area_code LIKE ? AND length(area_code) = 15 GROUP BY 1, 2, 3),"
                        + " o AS (SELECT date_trunc('month', closed_day)::date AS month, area_code AS grid_code, department, sum(n) AS n"
                        + " FROM dashboard.figures_overlap WHERE area_code LIKE ? AND length(area_code) = 15"
                        + " AND date_trunc('month', closed_day) = date_trunc('month', deadline_day) GROUP BY 1, 2, 3)"
                        + " SELECT concat_ws(' ', d.month, d.grid_code, d.department, " + COLUMNS.replaceAll("(\\w+)", "d.$1")
                        + ", coalesce(o.n, 0)) FROM d LEFT JOIN o USING (month, grid_code, department)"
                        + " WHERE " + anyCount("d.") + " OR coalesce(o.n, 0) <> 0 ORDER BY 1",
                rs -> rs.getString(1), township + "%", township + "%");
    }

    private static String anyCount(String prefix) {
        return Arrays.stream(Counter.values()).map(c -> prefix + c.column() + " <> 0").collect(Collectors.joining(" OR "));
    }

    private Double p90(String area, String department) {
        String dispatcher = tokens.issue("it-dispatcher", Role.DISPATCHER, List.of(department));
        Map<String, Object> figures = figuresOf(area, month.period(), dispatcher);
        return figures.get("p90HoursToClose") == null ? null : ((Number) figures.get("p90HoursToClose")).doubleValue();
    }

    /** What the dashboard answered before it kept closures by hours: the department's facts, sorted. */
    private Double p90FromFacts(String area, String department) {
        String where = area.equals(CITY) ? "TRUE" : (area.length() == 6 ? "district_code = ?" : "township_code = ?");
        OffsetDateTime from = month.start();
        OffsetDateTime to = month.end();
        String sql = "SELECT floor(percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - reported_at)) / 3600.0)"
                + " FROM dashboard.case_fact WHERE " + where + " AND department = ? AND closed_at >= ? AND closed_at < ?";
        List<Object> params = new ArrayList<>();
        if (!area.equals(CITY)) {
            params.add(area);
        }
        params.addAll(List.of(department, from, to));
        return db.one(sql, rs -> {
            double value = rs.getDouble(1);
            return rs.wasNull() ? null : value;
        }, params.toArray()).orElse(null);
    }

    private void sendAll() {
        cases.forEach(c -> c.events().forEach(e -> feed.send(Topics.CASES, casesSchema, c.caseId(), e)));
    }

    private int figure(String code, String name) {
        return ((Number) figuresOf(code, month.period(), admin).get(name)).intValue();
    }

    private int figureOfNextMonth(String code, String name) {
        return ((Number) figuresOf(code, month.nextPeriod(), admin).get(name)).intValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> figuresOf(String code, String period, String token) {
        return (Map<String, Object>) client.toBlocking().retrieve(HttpRequest.GET("/api/v1/stats/areas/" + code + "?" + period).bearerAuth(token),
                Argument.mapOf(String.class, Object.class)).get("figures");
    }



}
