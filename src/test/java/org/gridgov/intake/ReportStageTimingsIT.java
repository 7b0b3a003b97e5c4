package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * An operator sees in {@code /prometheus} how long each stage of a report took: intake's commit,
 * the outbox relay's wait for the broker, and routing's consumer (its processing and its lag).
 */
@MicronautTest(transactional = false)
class ReportStageTimingsIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;

    @Test
    void aReportLeavesATimeInEveryStageItPassed() {
        TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        String worker = tokens.issue("w-" + UUID.randomUUID().toString().substring(0, 8), Role.WORKER, List.of(grid.code()));

        IntakeApi.Answer created = new IntakeApi(client).post("/api/v1/reports",
                IntakeApi.report(UUID.randomUUID(), "0102", grid.lat(), grid.lon()), worker);
        assertThat(created.status()).isEqualTo(201);

        String admin = tokens.issue("metrics-admin", Role.ADMIN);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = client.toBlocking().retrieve(HttpRequest.GET("/prometheus").bearerAuth(admin));
            assertThat(count(metrics, "gridgov_intake_report_commit_seconds_count", "")).isPositive();
            assertThat(count(metrics, "gridgov_intake_report_group_reports_count", "")).isPositive();
            assertThat(count(metrics, "gridgov_outbox_lag_seconds_count", "outbox=\"intake\",topic=\"gridgov.reports.v1\""))
                    .isPositive();
            assertThat(count(metrics, "gridgov_inbox_processing_seconds_count", "consumer=\"routing\",topic=\"gridgov.reports.v1\""))
                    .isPositive();
            assertThat(count(metrics, "gridgov_inbox_lag_seconds_count", "consumer=\"routing\",topic=\"gridgov.reports.v1\""))
                    .isPositive();
        });
    }

    /** The sum of the series {@code name} whose labels include {@code labels} (Prometheus sorts them by name). */
    private static double count(String metrics, String name, String labels) {
        Matcher found = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{([^}]*)\\})? (\\S+)$").matcher(metrics);
        double sum = 0;
        while (found.find()) {
            if (labels.isEmpty() || found.group(1) != null && found.group(1).contains(labels)) {
                sum += Double.parseDouble(found.group(2));
            }
        }
        return sum;
    }
}
