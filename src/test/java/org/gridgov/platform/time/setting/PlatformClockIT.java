package org.gridgov.platform.time.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.gridgov.intake.IntakeApi;
import org.gridgov.intake.TestGrids;
import org.gridgov.platform.security.Role;
import org.gridgov.platform.time.SettableClock;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo's settable platform clock (PUT /api/v1/admin/clock): a report made while it is set back
 * becomes a case of that day, counted on that day by the dashboard; the clock is the wall clock again
 * once deleted; every process follows the stored setting; bad settings are refused naming the field.
 */
@MicronautTest(transactional = false)
@Property(name = "gridgov.clock.settable", value = "true")
class PlatformClockIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String CLOCK = "/api/v1/admin/clock";

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject Clock clock;
    @Inject ClockSettingTable table;

    private final Random random = new Random();

    @AfterEach
    void backOnTheWallClock() {
        delete();
    }

    @Test
    void aReportMadeWhileTheClockIsSetBackIsACaseOfThatDayOnTheDashboard() {
        // a random working morning long past, which no other test's cases fall on
        LocalDate day = LocalDate.now(SHANGHAI).minusDays(400 + random.nextInt(2000));
        Instant at = day.atTime(9, 30).atZone(SHANGHAI).toInstant();
        IntakeApi api = new IntakeApi(client);

        IntakeApi.Answer set = put(Map.of("at", at.toString(), "speed", 1));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("simulated").asBoolean()).isTrue();
        assertThat(Instant.parse(set.json().path("now").asText())).isBetween(at, at.plusSeconds(60));
        assertThat(Instant.parse(set.json().path("wall").asText())).isAfter(Instant.now().minusSeconds(60));

        TestGrids.TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        String worker = tokens.issue("clock-worker-" + UUID.randomUUID().toString().substring(0, 8), Role.WORKER, List.of(grid.code()));
        Map<String, Object> report = new java.util.LinkedHashMap<>(IntakeApi.report(UUID.randomUUID(), "0102", grid.lat(), grid.lon()));
        report.put("observedAt", at.toString());
        IntakeApi.Answer created = api.post("/api/v1/reports", report, worker);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String reportId = created.json().path("id").asText();

        String caseId = await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/reports/" + reportId, admin())
                .json().path("caseStatus").path("id").asText(null), id -> id != null);
        JsonNode theCase = api.get("/api/v1/cases/" + caseId, admin()).json();
        assertThat(Instant.parse(theCase.path("reportedAt").asText()).atZone(SHANGHAI).toLocalDate())
                .as("the case was reported on the day the clock was set to").isEqualTo(day);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/v1/stats/areas/"
                + TestGrids.HOME_TOWNSHIP + "?from=" + day + "&to=" + day, admin()).json().path("figures").path("reported").asLong())
                .as("the township's figures of that day").isEqualTo(1));

        IntakeApi.Answer reset = delete();
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().path("simulated").asBoolean()).isFalse();
        assertThat(Instant.parse(reset.json().path("now").asText())).isCloseTo(Instant.now(), within(Duration.ofSeconds(30)));
    }

    @Test
    void everyProcessFollowsTheStoredSetting() {
        Instant at = Instant.now().minus(Duration.ofDays(90));
        assertThat(put(Map.of("at", at.toString(), "speed", 1440)).status()).isEqualTo(200);

        SettableClock anotherProcess = new SettableClock(Clock.systemUTC());
        ClockSync itsSync = new ClockSync(anotherProcess, table);
        itsSync.follow();
        assertThat(anotherProcess.instant()).isCloseTo(clock.instant(), within(Duration.ofMinutes(5)))
                .isBefore(Instant.now().minus(Duration.ofDays(80)));

        delete();
        itsSync.follow();
        assertThat(anotherProcess.setting()).isEmpty();
        assertThat(anotherProcess.instant()).isCloseTo(Instant.now(), within(Duration.ofSeconds(5)));
    }

    @Test
    void badSettingsAreRefusedNamingTheField() {
        IntakeApi api = new IntakeApi(client);
        assertRefused(put(Map.of("speed", 2)), 400, "at");
        assertRefused(put(Map.of("at", "yesterday")), 400, "at");
        assertRefused(put(Map.of("at", Instant.now().plusSeconds(3600).toString())), 422, "at");
        assertRefused(put(Map.of("at", Instant.now().minus(Duration.ofDays(4000)).toString())), 422, "at");
        assertRefused(put(Map.of("at", Instant.now().minusSeconds(60).toString(), "speed", 0)), 422, "speed");
        assertRefused(put(Map.of("at", Instant.now().minusSeconds(60).toString(), "speed", 1e6)), 422, "speed");

        assertThat(api.get(CLOCK, admin()).json().path("simulated").asBoolean()).as("nothing was set").isFalse();
        assertThat(table.read()).isEmpty();
    }

    private static void assertRefused(IntakeApi.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(status);
        assertThat(answer.response().getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(IntakeApi.fields(answer.json())).contains(field);
    }

    private IntakeApi.Answer put(Map<String, Object> setting) {
        return new IntakeApi(client).exchange(HttpRequest.PUT(CLOCK, setting).bearerAuth(admin()));
    }

    private IntakeApi.Answer delete() {
        return new IntakeApi(client).exchange(HttpRequest.DELETE(CLOCK).bearerAuth(admin()));
    }

    private String admin() {
        return tokens.issue("clock-admin", Role.ADMIN, List.of());
    }
}
