package org.gridgov.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void ratesFollowTheStandardDefinitions() {
        FigureCounts counts = new FigureCounts(Map.ofEntries(
                Map.entry(Counter.REPORTED, 12L),
                Map.entry(Counter.REGISTERED, 11L),
                Map.entry(Counter.DISPATCHED, 10L),
                Map.entry(Counter.RESOLVED, 8L),
                Map.entry(Counter.RESOLVED_ON_TIME, 6L),
                Map.entry(Counter.DEADLINE_DUE, 7L),
                Map.entry(Counter.CLOSED, 6L),
                Map.entry(Counter.CLOSED_ON_TIME, 4L),
                Map.entry(Counter.CLOSE_SECONDS, 6L * 5 * 3600),
                Map.entry(Counter.RATED, 4L),
                Map.entry(Counter.SATISFIED, 3L),
                Map.entry(Counter.RETURNED, 1L),
                Map.entry(Counter.REOPENED, 2L)), 3);

        Figures figures = Figures.of(counts, new CaseCounts(2, 8, 1), new Snapshot(2, 0, 0), 9.0);

        // due = 7 with a deadline in the period + 6 closed - 3 that are both = 10
        assertThat(figures.due()).isEqualTo(10);
        assertThat(figures.closeRate()).isCloseTo(0.6, within(1e-9));
        assertThat(figures.onTimeCloseRate()).isCloseTo(0.4, within(1e-9));
        assertThat(figures.disposalRate()).isCloseTo(0.8, within(1e-9));
        assertThat(figures.onTimeDisposalRate()).isCloseTo(0.6, within(1e-9));
        assertThat(figures.reworkRate()).as("2 cases reworked of 8 resolved or reworked").isCloseTo(0.25, within(1e-9));
        assertThat(figures.registrationRate()).as("立案率 = registered / reported").isCloseTo(11 / (double) counts.get(Counter.REPORTED), within(1e-9));
        assertThat(figures.departmentOnTimeRate()).as("resolved on time / resolved").isCloseTo(0.75, within(1e-9));
        assertThat(figures.overdueInPeriod()).isEqualTo(1);
        assertThat(figures.returnRate()).isCloseTo(0.1, within(1e-9));
        assertThat(figures.satisfactionRate()).isCloseTo(0.75, within(1e-9));
        assertThat(figures.meanHoursToClose()).isCloseTo(5.0, within(1e-9));
        assertThat(figures.p90HoursToClose()).isEqualTo(9.0);
        assertThat(figures.overdueNow()).isEqualTo(2);
        assertThat(figures.metric(Metric.ON_TIME_CLOSE_RATE)).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void ratesWithoutADenominatorAreUnknownRatherThanZero() {
        Figures figures = Figures.of(FigureCounts.empty(), Snapshot.NONE, null);

        assertThat(figures.closeRate()).isNull();
        assertThat(figures.returnRate()).isNull();
        assertThat(figures.satisfactionRate()).isNull();
        assertThat(figures.meanHoursToClose()).isNull();
        assertThat(figures.reported()).isZero();
    }

    @Test
    void countsOfTwoAreasAddUp() {
        FigureCounts a = new FigureCounts(Map.of(Counter.CLOSED, 2L, Counter.DEADLINE_DUE, 3L), 1);
        FigureCounts b = new FigureCounts(Map.of(Counter.CLOSED, 1L, Counter.DEADLINE_DUE, 1L), 0);

        FigureCounts sum = a.plus(b);

        assertThat(sum.due()).isEqualTo(a.due() + b.due()).isEqualTo(6);
        assertThat(sum.get(Counter.CLOSED)).isEqualTo(3);
    }
}
