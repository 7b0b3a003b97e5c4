package org.gridgov.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gridgov.dashboard.domain.Cases.FENGSHUI_GRID;
import static org.gridgov.dashboard.domain.Cases.OTHER_TOWNSHIP_GRID;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseProjectionTest {

    private static final String CITY = "370300";
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    private final CaseProjection projection = new CaseProjection(ZoneId.of("Asia/Shanghai"), CITY);
    private final Map<UUID, CaseFact> facts = new HashMap<>();
    private final Set<String> countedTransitions = new HashSet<>();
    private final DailyFigures figures = new DailyFigures();
    private final List<CaseTransition> stream = new ArrayList<>();

    /**
     * A: 沣水镇, dispatched to CGJ with deadline 11-04, resolved and closed late on 11-05 (74 h).
     * B: another township, closed on time on 11-04 and rated satisfied, then reopened on 11-06.
     * C: 沣水镇, reported on 11-20 and never registered.
     */
    @BeforeEach
    void scriptedCases() {
        CaseTransition a = Cases.reported(UUID.randomUUID(), FENGSHUI_GRID, "2026-11-02T02:00:00Z");
        CaseTransition a2 = Cases.next(a, "CaseRegistered", "registered", "2026-11-02T03:00:00Z");
        CaseTransition a3 = Cases.dispatched(a2, "CGJ", "2026-11-02T04:00:00Z", "2026-11-04T02:00:00Z");
        CaseTransition a4 = Cases.resolved(a3, "2026-11-05T02:00:00Z", false);
        CaseTransition a5 = Cases.closed(a4, "2026-11-05T04:00:00Z", false);

        CaseTransition b = Cases.reported(UUID.randomUUID(), OTHER_TOWNSHIP_GRID, "2026-11-03T02:00:00Z");
        CaseTransition b2 = Cases.next(b, "CaseRegistered", "registered", "2026-11-03T02:30:00Z");
        CaseTransition b3 = Cases.dispatched(b2, "ZJJ", "2026-11-03T03:00:00Z", "2026-11-10T02:00:00Z");
        CaseTransition b4 = Cases.resolved(b3, "2026-11-04T02:00:00Z", true);
        CaseTransition b5 = Cases.closed(b4, "2026-11-04T06:00:00Z", true);
        CaseTransition b6 = Cases.rated(b5, "satisfied", "2026-11-04T07:00:00Z");
        CaseTransition b7 = Cases.reopened(b6, "2026-11-06T02:00:00Z");

        CaseTransition c = Cases.reported(UUID.randomUUID(), FENGSHUI_GRID, "2026-11-20T02:00:00Z");

        stream.addAll(List.of(a, a2, a3, a4, a5, b, b2, b3, b4, b5, b6, b7, c));
        stream.forEach(this::project);
    }

    @Test
    void cityFiguresMatchTheHandCount() {
        Figures city = Figures.of(figures.sum(CITY, NOV_1, NOV_30), 0, null);

        assertThat(city.reported()).isEqualTo(3);
        assertThat(city.registered()).isEqualTo(2);
        assertThat(city.dispatched()).isEqualTo(2);
        assertThat(city.resolved()).as("B's resolution was undone by the reopening").isEqualTo(1);
        assertThat(city.due()).as("A (deadline and close both in Nov, once) + B (deadline 11-10)").isEqualTo(2);
        assertThat(city.closed()).isEqualTo(1);
        assertThat(city.closedOnTime()).isZero();
        assertThat(city.closeRate()).isCloseTo(0.5, within(1e-9));
        assertThat(city.onTimeCloseRate()).isCloseTo(0.0, within(1e-9));
        assertThat(city.reopened()).isEqualTo(1);
        assertThat(city.reworkRate()).isCloseTo(1.0, within(1e-9));
        assertThat(city.satisfactionRate()).isCloseTo(1.0, within(1e-9));
        assertThat(city.meanHoursToClose()).isCloseTo(74.0, within(1e-9));
        assertThat(figures.p90HoursToClose(CITY, NOV_1, NOV_30)).as("only A is still closed").isEqualTo(74.0);
    }

    @Test
    void aTownshipCountsOnlyItsOwnGrids() {
        Figures fengshui = Figures.of(figures.sum("370303102", NOV_1, NOV_30), 0, null);
        Figures grid = Figures.of(figures.sum(FENGSHUI_GRID.gridCode(), NOV_1, NOV_30), 0, null);

        assertThat(fengshui.reported()).isEqualTo(2);
        assertThat(fengshui.due()).isEqualTo(1);
        assertThat(fengshui.closeRate()).isCloseTo(1.0, within(1e-9));
        assertThat(fengshui.reopened()).isZero();
        assertThat(grid).isEqualTo(fengshui);
    }

    @Test
    void aCaseDueAndClosedInTheSamePeriodIsDueOnceButInEachOfTwoPeriods() {
        assertThat(figures.sum(CITY, NOV_1, LocalDate.of(2026, 11, 4)).due()).as("A's deadline only").isEqualTo(1);
        assertThat(figures.sum(CITY, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 5)).due()).as("A's close only").isEqualTo(1);
        assertThat(figures.sum(CITY, NOV_1, LocalDate.of(2026, 11, 5)).due()).as("A once").isEqualTo(1);
    }

    @Test
    void redeliveringEveryEventChangesNothing() {
        FigureCounts before = figures.sum(CITY, NOV_1, NOV_30);

        stream.forEach(this::project);

        assertThat(figures.sum(CITY, NOV_1, NOV_30)).isEqualTo(before);
    }

    @Test
    void aWorkerCaseOpenedRegisteredAndDispatchedInOneSaveCountsEveryStep() {
        FigureCounts before = figures.sum(CITY, NOV_1, NOV_30);
        CaseTransition reported = Cases.reported(UUID.randomUUID(), FENGSHUI_GRID, "2026-11-10T02:00:00Z");
        CaseTransition registered = Cases.next(reported, "CaseRegistered", "registered", "2026-11-10T02:00:00Z");
        CaseTransition dispatched = Cases.dispatched(registered, "CGJ", "2026-11-10T02:00:00Z", "2026-11-12T02:00:00Z");

        List.of(reported, Cases.savedAs(registered, reported.version()), Cases.savedAs(dispatched, reported.version()))
                .forEach(this::project);

        FigureCounts after = figures.sum(CITY, NOV_1, NOV_30);
        assertThat(after.get(Counter.REGISTERED)).isEqualTo(before.get(Counter.REGISTERED) + 1);
        assertThat(after.get(Counter.DISPATCHED)).isEqualTo(before.get(Counter.DISPATCHED) + 1);
        assertThat(facts.get(reported.caseId()).state()).isEqualTo("dispatched");
    }

    @Test
    void anOlderEventArrivingLateDoesNotRollTheCaseBack() {
        CaseTransition reportedB = stream.get(5);
        CaseFact current = facts.get(reportedB.caseId());

        CaseProjection.Step step = projection.step(current, reportedB);

        assertThat(step.factChanged()).isFalse();
        assertThat(step.next()).isSameAs(current);
        assertThat(step.factDelta().isEmpty()).isTrue();
    }

    private void project(CaseTransition transition) {
        CaseProjection.Step step = projection.step(facts.get(transition.caseId()), transition);
        facts.put(transition.caseId(), step.next());
        figures.apply(step.factDelta());
        if (!step.transitionDelta().isEmpty() && countedTransitions.add(transition.caseId() + "/" + transition.version())) {
            figures.apply(step.transitionDelta());
        }
    }
}
