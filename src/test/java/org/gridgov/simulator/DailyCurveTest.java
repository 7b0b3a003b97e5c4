package org.gridgov.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalTime;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DailyCurveTest {

    private final DailyCurve workers = DailyCurve.of(Reporter.WORKER);
    private final DailyCurve citizens = DailyCurve.of(Reporter.CITIZEN);

    @Test
    void gridWorkersReportOnTheirDaytimePatrolsWithADipAtLunch() {
        assertThat(IntStream.rangeClosed(19, 30).mapToDouble(h -> workers.share(h % 24)).sum()).isZero();
        assertThat(workers.share(10)).isGreaterThan(workers.share(12) * 3);
        assertThat(workers.share(15)).isGreaterThan(workers.share(12) * 3);
        assertThat(IntStream.range(8, 18).mapToDouble(workers::share).sum()).isGreaterThan(0.9);
    }

    @Test
    void citizensReportIntoTheEveningAndAFewAtNight() {
        assertThat(citizens.share(19)).isGreaterThan(citizens.share(9));
        assertThat(citizens.share(3)).isPositive().isLessThan(0.01);
        assertThat(IntStream.range(0, 24).mapToDouble(citizens::share).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void drawnTimesFollowTheCurve() {
        Random random = new Random(7);
        int[] perHour = new int[24];
        int draws = 50_000;
        for (int i = 0; i < draws; i++) {
            perHour[workers.draw(random).getHour()]++;
        }
        for (int hour = 0; hour < 24; hour++) {
            assertThat(perHour[hour] / (double) draws).as("hour %d", hour).isCloseTo(workers.share(hour), within(0.01));
        }
    }

    @Test
    void theSameSeedDrawsTheSameTimes() {
        Random one = new Random(42);
        Random two = new Random(42);
        for (int i = 0; i < 100; i++) {
            LocalTime a = citizens.draw(one);
            assertThat(citizens.draw(two)).isEqualTo(a);
        }
    }
}
