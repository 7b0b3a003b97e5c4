package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.routing.app.RouteReport;
import org.gridgov.routing.domain.AcceptedReport;
import org.gridgov.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two sightings of one event routed at the same moment by two consumers (two partitions, two
 * transactions) open one case between them, even where the two points fall into different cells of
 * routing's lock grid; sightings of other events at the same moment route beside them.
 */
@MicronautTest(transactional = false)
class SimultaneousSightingsIT {

    private static final int ROUNDS = 25;

    @Inject RouteReport routeReport;
    @Inject TestDatabase database;

    @Test
    void twoSightingsOfOneEventRoutedAtOnceOpenOneCaseAndLinkTheOther() throws Exception {
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int round = 0; round < ROUNDS; round++) {
                // about 1.7 m apart, on either side of a 0.01° row border, somewhere no other test reports
                double border = 30.0 + random.nextInt(1, 500) * 0.01;
                double lon = 123.0 + random.nextDouble();
                AcceptedReport south = sighting(border - 0.000005, lon);
                AcceptedReport north = sighting(border + 0.00001, lon);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> routed = List.of(
                        consumers.submit(() -> routeAtOnce(together, south)),
                        consumers.submit(() -> routeAtOnce(together, north)));
                for (Future<?> done : routed) {
                    done.get(60, TimeUnit.SECONDS);
                }

                List<String> outcomes = database.list("SELECT outcome FROM routing.routed_report WHERE report_id IN (?, ?) "
                        + "ORDER BY outcome", rs -> rs.getString(1), south.reportId(), north.reportId());
                long cases = database.one("SELECT count(DISTINCT case_id) FROM routing.routed_report WHERE report_id IN (?, ?)",
                        rs -> rs.getLong(1), south.reportId(), north.reportId()).orElseThrow();
                assertThat(outcomes).as("round %d", round).containsExactly("CASE_OPENED", "REPORT_LINKED");
                assertThat(cases).as("round %d", round).isEqualTo(1);
            }
        } finally {
            consumers.shutdownNow();
        }
    }

    private Void routeAtOnce(CyclicBarrier together, AcceptedReport report) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        routeReport.routeAll(List.of(report));
        return null;
    }

    private static AcceptedReport sighting(double lat, double lon) {
        Instant now = Instant.now();
        return new AcceptedReport(UUID.randomUUID(), "0102", "worker", "w-sighting", "路边暴露垃圾",
                new AcceptedReport.Point(lat, lon), null, now, now);
    }
}
