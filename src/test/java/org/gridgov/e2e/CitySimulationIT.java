package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.gridgov.platform.security.Role;
import org.gridgov.simulator.Simulation;
import org.gridgov.simulator.SimulationOptions;
import org.gridgov.simulator.Tally;
import org.gridgov.simulator.Tally.Count;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The city-day simulator against the whole platform of one process with the Zibo demo data: a short
 * day at full speed (a few dozen events, repeated sightings, returns, failed checks, ratings, by the
 * demo worker, citizens over Open311, every department and the township centre), after which the
 * township dashboard counts what the simulator says it did.
 */
@MicronautTest(transactional = false)
@Property(name = "gridgov.demo.enabled", value = "true")
class CitySimulationIT {

    private static final String TOWNSHIP = "370303102"; // 沣水镇
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ADMIN_PASSWORD = "admin-test-password"; // application-test.yml

    @Inject EmbeddedServer server;
    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;

    @Test
    void theDashboardCountsTheSimulatedDayAsTheSimulatorDidIt() throws InterruptedException {
        String township = tokens.issue("simulation-it-township", Role.TOWNSHIP, List.of(TOWNSHIP));
        Map<String, Long> before = settled(() -> figures(township));

        SimulationOptions options = SimulationOptions.parse(new String[] {"--days", "1", "--rate", "max", "--seed", "4",
            "--per-day", "30", "--threads", "6", "--settle", "90", "--url", server.getURL().toString()}, "", ADMIN_PASSWORD);
        Tally tally = new Simulation(options, System.out).run();

        assertThat(tally.errors()).as("refused reports, refused actions, cases given up").isZero();
        assertThat(tally.stillMoving()).as("events still moving when --settle ran out").isZero();
        assertThat(tally.get(Count.NO_DISPATCHER)).as("every department had its dispatcher").isZero();
        assertThat(tally.get(Count.WORKER_REPORTS)).isPositive();
        assertThat(tally.get(Count.CITIZEN_REPORTS)).isPositive();
        assertThat(tally.get(Count.SIGHTINGS)).as("repeated sightings").isPositive();
        assertThat(tally.get(Count.CASES)).as("sightings joined their event's case")
                .isLessThanOrEqualTo(tally.reports() - tally.get(Count.SIGHTINGS));
        assertThat(tally.get(Count.RETURNED)).isPositive();
        assertThat(tally.get(Count.CHECKS_FAILED)).isPositive();
        assertThat(tally.get(Count.RATED)).isPositive();
        assertThat(tally.get(Count.CLOSED)).isGreaterThanOrEqualTo(tally.get(Count.CASES) - tally.get(Count.REJECTED));

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("reported", tally.get(Count.CASES));
        expected.put("registered", tally.get(Count.REGISTERED));
        expected.put("returned", tally.get(Count.RETURNED));
        expected.put("closed", tally.get(Count.CLOSED));
        expected.put("rated", tally.get(Count.RATED));
        AtomicReference<Map<String, Long>> seen = new AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<String, Long> after = figures(township);
                Map<String, Long> difference = new LinkedHashMap<>();
                expected.keySet().forEach(name -> difference.put(name, after.get(name) - before.get(name)));
                seen.set(difference);
                return difference.equals(expected);
            });
        } finally {
            assertThat(seen.get()).as("the township's figures of today grew by what the simulator did").isEqualTo(expected);
        }
    }

    @Test
    void aHistoryRunLaysDownTheDaysBeforeTodayAndPutsTheClockBack() throws InterruptedException {
        String township = tokens.issue("simulation-it-township", Role.TOWNSHIP, List.of(TOWNSHIP));
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate first = today.minusDays(2);
        LocalDate last = today.minusDays(1);
        // settled: the demo cases of the last days are projected at start, maybe after this test began
        Map<String, Long> pastBefore = settled(() -> figures(township, first, last));
        Map<String, Long> allBefore = settled(() -> figures(township, first, today));

        // two days in about 40 s: the platform clock runs from the morning two days ago at 4320x
        SimulationOptions options = SimulationOptions.parse(new String[] {"--days", "2", "--history", "--rate", "4320x",
            "--seed", "5", "--per-day", "8", "--threads", "6", "--settle", "120", "--url", server.getURL().toString()}, "",
                ADMIN_PASSWORD);
        Tally tally = new Simulation(options, System.out).run();

        assertThat(tally.errors()).as("refused reports, refused actions, cases given up").isZero();
        assertThat(tally.stillMoving()).isZero();
        assertThat(tally.get(Count.CASES)).isPositive();
        String admin = tokens.issue("simulation-it-admin", Role.ADMIN, List.of());
        Map<?, ?> clock = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/admin/clock").bearerAuth(admin), Map.class);
        assertThat(clock.get("simulated")).as("the platform clock is the wall clock again").isEqualTo(false);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, Long> past = figures(township, first, last);
            Map<String, Long> all = figures(township, first, today);
            assertThat(past.get("reported") - pastBefore.get("reported")).as("every case was reported on a past day")
                    .isEqualTo(tally.get(Count.CASES));
            assertThat(past.get("closed") - pastBefore.get("closed")).as("cases closed on the past days").isPositive();
            assertThat(all.get("closed") - allBefore.get("closed")).as("and the rest today, once the clock caught up")
                    .isEqualTo(tally.get(Count.CLOSED));
        });
    }

    /** The township's figures once nothing more arrives (the demo cases are projected at start). */
    private Map<String, Long> settled(Supplier<Map<String, Long>> figures) {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>();
        return await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Map<String, Long> now = figures.get();
                    return now.equals(last.getAndSet(now)) ? now : null;
                }, settledFigures -> settledFigures != null);
    }

    private Map<String, Long> figures(String township) {
        LocalDate today = LocalDate.now(SHANGHAI);
        return figures(township, today.minusDays(1), today.plusDays(1));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> figures(String township, LocalDate from, LocalDate to) {
        Map<String, Object> answer = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/stats/areas/" + TOWNSHIP
                + "?from=" + from + "&to=" + to).bearerAuth(township), Map.class);
        Map<String, Object> figures = (Map<String, Object>) answer.get("figures");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : List.of("reported", "registered", "returned", "closed", "rated")) {
            counts.put(name, ((Number) figures.get(name)).longValue());
        }
        return counts;
    }
}
