package org.gridgov.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.dispatch.CaseHttp.Answer;
import org.gridgov.dispatch.RoutingMessages.Place;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.KafkaTestProducer;
import org.gridgov.support.MutableClock;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An administrator keeps the working calendar at run time: GET/PUT /api/v1/calendar/{year} on the
 * real database, a PUT changing the deadlines of cases dispatched afterwards, and /health warning
 * from 1 November when next year's schedule is missing. It works in 2096–2099, years no bundled
 * file or other test touches (each test its own), and removes them first so that it can run again
 * on the same database.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.maximum-pool-size", value = "6")
@Property(name = "dispatch.test.clock", value = "mutable")
@Property(name = "gridgov.dispatch.scheduler.enabled", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingCalendarEditingIT {

    /** Monday 3 March 2098, 10:00 in Zibo. */
    static final Instant MONDAY_TEN = Instant.parse("2098-03-03T02:00:00Z");

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject MutableClock clock;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    CaseHttp http;
    KafkaTestProducer producer;

    @BeforeAll
    void prepare() {
        http = new CaseHttp(client);
        producer = new KafkaTestProducer(bootstrap);
        transactions.executeWrite(status -> {
            jdbc.prepareStatement("DELETE FROM platform.calendar_year WHERE year BETWEEN 2096 AND 2099", s -> s.executeUpdate());
            return jdbc.prepareStatement("UPDATE platform.calendar_revision SET revision = revision + 1",
                    s -> s.executeUpdate());
        });
    }

    @AfterAll
    void close() {
        producer.close();
        clock.set(DispatchTestClock.START);
    }

    @Test
    void theBundledYearsAreServedWithTheirNotices() {
        Answer y2025 = http.get(admin(), "/api/v1/calendar/2025");

        assertThat(y2025.status()).isEqualTo(200);
        assertThat((String) y2025.body().get("notice")).contains("国办发明电〔2024〕12号");
        assertThat(days(y2025)).contains(Map.of("date", "2025-01-26", "kind", "workday", "name", "春节调休上班"));
        assertThat(http.get(admin(), "/api/v1/calendar/2026").body().get("days").toString())
                .contains("2026-02-15").contains("2026-10-10");
    }

    @Test
    void onlyAnAdministratorReadsOrChangesTheCalendar() {
        String dispatcher = tokens.issue("calendar-dispatcher", Role.DISPATCHER, List.of("CGJ"));

        assertThat(status(HttpRequest.GET("/api/v1/calendar/2026"))).isEqualTo(401);
        assertThat(status(HttpRequest.GET("/api/v1/calendar/2026").bearerAuth(dispatcher))).isEqualTo(403);
        assertThat(status(HttpRequest.PUT("/api/v1/calendar/2099", Map.of("days", List.of())))).isEqualTo(401);
        assertThat(status(HttpRequest.PUT("/api/v1/calendar/2099", Map.of("days", List.of())).bearerAuth(dispatcher)))
                .isEqualTo(403);
        assertThat(http.get(admin(), "/api/v1/calendar/2099").status()).as("nothing was stored").isEqualTo(404);
    }

    @Test
    void badYearsAndDaysAreRefusedNamingTheFieldAndNothingIsStored() {
        assertThat(refusedField("/api/v1/calendar/20x8", Map.of("days", List.of()))).isEqualTo("year");
        assertThat(refusedField("/api/v1/calendar/1999", Map.of("days", List.of()))).isEqualTo("year");
        assertThat(refusedField("/api/v1/calendar/2100", Map.of("days", List.of()))).isEqualTo("year");
        assertThat(refusedField("/api/v1/calendar/2099", Map.of("notice", "no days"))).isEqualTo("days");
        assertThat(refusedField("/api/v1/calendar/2099", Map.of("days", List.of(day("2098-12-31", "holiday")))))
                .isEqualTo("days[0].date");
        assertThat(refusedField("/api/v1/calendar/2099", Map.of("days", List.of(day("2099-13-01", "holiday")))))
                .isEqualTo("days[0].date");
        assertThat(refusedField("/api/v1/calendar/2099",
                Map.of("days", List.of(day("2099-01-01", "holiday"), day("2099-01-02", "vacation")))))
                .isEqualTo("days[1].kind");
        assertThat(refusedField("/api/v1/calendar/2099",
                Map.of("days", List.of(day("2099-01-01", "holiday"), day("2099-01-01", "holiday")))))
                .isEqualTo("days[1].date");
        // 2099-01-01 is a Thursday: an adjusted working day falls on a weekend
        assertThat(refusedField("/api/v1/calendar/2099", Map.of("days", List.of(day("2099-01-01", "workday")))))
                .isEqualTo("days[0].kind");
        assertThat(http.get(admin(), "/api/v1/calendar/2099").status()).as("nothing was stored").isEqualTo(404);
    }

    @Test
    void aChangedYearMovesTheDeadlinesOfCasesDispatchedAfterwardsAndClearsTheFlag() {
        clock.set(MONDAY_TEN);
        Place place = Place.fresh();
        String township = tokens.issue("township-" + place.township(), Role.TOWNSHIP, List.of(place.township()));

        try (TopicProbe cases = TopicProbe.open(bootstrap, Topics.CASES)) {
            UUID before = open(place, township);
            Answer unknownYear = http.get(township, before);
            assertThat(unknownYear.body().get("deadline")).as("Monday + 1 working day, Monday to Friday")
                    .isEqualTo("2098-03-04T02:00:00Z");
            assertThat(unknownYear.body().get("calendarMissing")).isEqualTo(true);
            assertThat(cases.await(event -> event.contains(before.toString()) && event.contains("\"CaseDispatched\""),
                    Duration.ofSeconds(30)).value()).as("cases.v1 tells consumers as well").contains("\"calendarMissing\":true");
            changeTheYearAndOpenAnother(place, township, before, cases);
        }
    }

    private void changeTheYearAndOpenAnother(Place place, String township, UUID before, TopicProbe cases) {

        Answer put = put("/api/v1/calendar/2098", Map.of("notice", "a test schedule",
                "days", List.of(day("2098-03-04", "holiday"), Map.of("date", "2098-03-08", "kind", "workday"))));
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.body().get("updatedBy")).isEqualTo("calendar-admin");
        assertThat(days(http.get(admin(), "/api/v1/calendar/2098"))).hasSize(2);

        UUID after = open(place, township);
        Answer knownYear = http.get(township, after);
        assertThat(knownYear.body().get("deadline")).as("Tuesday is now a holiday").isEqualTo("2098-03-05T02:00:00Z");
        assertThat(knownYear.body().get("calendarMissing")).isEqualTo(false);
        assertThat(cases.await(event -> event.contains(after.toString()) && event.contains("\"CaseDispatched\""),
                Duration.ofSeconds(30)).value()).contains("\"calendarMissing\":false");
        assertThat(http.get(township, before).body().get("deadline")).as("computed before, kept")
                .isEqualTo("2098-03-04T02:00:00Z");
    }

    @Test
    void healthWarnsFromTheFirstOfNovemberWhenNextYearsScheduleIsMissing() {
        assertThat(put("/api/v1/calendar/2096", Map.of("days", List.of())).status()).isEqualTo(200);

        clock.set(Instant.parse("2096-10-31T15:59:00Z")); // 31 October, 23:59 in Zibo
        assertThat(calendarHealth()).doesNotContainKey("warning");

        clock.set(Instant.parse("2096-10-31T16:00:00Z")); // 1 November, 00:00 in Zibo
        Map<String, Object> warned = calendarHealth();
        assertThat(warned.get("missingYears")).isEqualTo(List.of(2097));
        assertThat((String) warned.get("warning")).contains("2097");
        assertThat(health().get("status")).as("a data gap does not take the instance out").isEqualTo("UP");

        assertThat(put("/api/v1/calendar/2097", Map.of("notice", "published", "days", List.of())).status()).isEqualTo(200);
        assertThat(calendarHealth()).doesNotContainKey("warning");
    }

    /** Tokens expire by the injected clock, which these tests move: a fresh one for each request. */
    private String admin() {
        return tokens.issue("calendar-admin", Role.ADMIN);
    }

    private UUID open(Place place, String token) {
        UUID id = UUID.randomUUID();
        producer.send(Topics.ROUTING, id.toString(),
                RoutingMessages.caseOpened(id, "worker", "calendar-worker", place, "CGJ", false, 1, clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(token, id).status() == 200);
        return id;
    }

    private static Map<String, String> day(String date, String kind) {
        return Map.of("date", date, "kind", kind, "name", "test");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> days(Answer answer) {
        return (List<Map<String, Object>>) answer.body().get("days");
    }

    private Answer put(String path, Object body) {
        return exchange(HttpRequest.PUT(path, body).bearerAuth(admin()));
    }

    @SuppressWarnings("unchecked")
    private String refusedField(String path, Object body) {
        Answer answer = exchange(HttpRequest.PUT(path, body).bearerAuth(admin()));
        assertThat(answer.status()).as(path + " " + body).isEqualTo(400);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.body().get("errors");
        return (String) errors.get(0).get("field");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> calendarHealth() {
        Map<String, Object> details = (Map<String, Object>) health().get("details");
        Map<String, Object> calendar = (Map<String, Object>) details.get("calendar");
        assertThat(calendar.get("status")).isEqualTo("UP");
        return (Map<String, Object>) calendar.get("details");
    }

    private Map<String, Object> health() {
        return exchange(HttpRequest.GET("/health").bearerAuth(admin())).body();
    }

    private int status(HttpRequest<?> request) {
        return exchange(request).status();
    }

    private Answer exchange(HttpRequest<?> request) {
        try {
            HttpResponse<Map<String, Object>> response =
                    client.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
            return new Answer(response.code(), response.body(), null);
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(),
                    e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of()), null);
        }
    }
}
