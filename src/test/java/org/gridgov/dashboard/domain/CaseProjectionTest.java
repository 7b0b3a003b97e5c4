package org.gridgov.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gridgov.dashboard.domain.Cases.FENGSHUI_GRID;
import static org.gridgov.dashboard.domain.Cases.OTHER_TOWNSHIP_GRID;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gridgov.platform.calendar.WorkingCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseProjectionTest {

    private static final String CITY = "370300";
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    /** A grid of 沣水镇 where the scripted cases do not lie. */
    private static final AreaChain QUIET_GRID = new AreaChain("370303102002001", "370303102002", "370303102", "370303");

    /** Verification and closing within two working days of the resolution are the township's on time. */
    private final CaseProjection projection = new CaseProjection(ZoneId.of("Asia/Shanghai"), CITY,
            WorkingCalendar.china()::workingTimeBetween, Duration.ofHours(16));
    private final Map<UUID, CaseFact> facts = new HashMap<>();
    private final Set<String> countedTransitions = new HashSet<>();
    private final DailyFigures figures = new DailyFigures();
    private final List<CaseTransition> stream = new ArrayList<>();
    private final List<CaseStep> steps = new ArrayList<>();

    /**
     * A: 沣水镇, dispatched to CGJ with deadline 11-04, resolved and closed late on 11-05 (74 h).
     * B: another township, closed on time on 11-04 and rated satisfied, then reopened on 11-06 (before its deadline 11-10).
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
        Figures city = figures(CITY, NOV_1, NOV_30);

        assertThat(city.reported()).isEqualTo(3);
        assertThat(city.registered()).isEqualTo(2);
        assertThat(city.registrationRate()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(city.dispatched()).isEqualTo(2);
        assertThat(city.resolved()).as("B's resolution stays counted after the reopening").isEqualTo(2);
        assertThat(city.due()).as("A once (deadline and close in Nov), B's close on 11-04 and its new round's deadline").isEqualTo(3);
        assertThat(city.closed()).isEqualTo(2);
        assertThat(city.closedOnTime()).isEqualTo(1);
        assertThat(city.closeRate()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(city.onTimeCloseRate()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(city.reopened()).isEqualTo(1);
        assertThat(city.reworkedCases()).isEqualTo(1);
        assertThat(city.resolvedCases()).isEqualTo(2);
        assertThat(city.reworkRate()).as("B reworked of A and B resolved").isCloseTo(0.5, within(1e-9));
        assertThat(city.satisfactionRate()).isCloseTo(1.0, within(1e-9));
        assertThat(city.meanHoursToClose()).isCloseTo((74 + 28) / 2.0, within(1e-9));
        assertThat(figures.p90HoursToClose(CITY, NOV_1, NOV_30)).isEqualTo(74.0);
        // office hours 08:30-12:00, 13:30-17:30: A Mon 12:00 → Thu 10:00 = 4 + 7.5 + 7.5 + 1.5; B Tue 11:00 → Wed 10:00 = 5 + 1.5
        assertThat(city.meanWorkingHoursToResolve()).isCloseTo((20.5 + 6.5) / 2, within(1e-9));
        assertThat(city.departmentOnTimeRate()).as("B resolved by its deadline, A not").isCloseTo(0.5, within(1e-9));
        assertThat(city.townshipClosed()).isEqualTo(2);
        assertThat(city.townshipOnTimeRate()).as("both closed within two working days of the resolution").isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aTownshipCountsOnlyItsOwnGrids() {
        Figures fengshui = figures("370303102", NOV_1, NOV_30);
        Figures grid = figures(FENGSHUI_GRID.gridCode(), NOV_1, NOV_30);

        assertThat(fengshui.reported()).isEqualTo(2);
        assertThat(fengshui.due()).isEqualTo(1);
        assertThat(fengshui.closeRate()).isCloseTo(1.0, within(1e-9));
        assertThat(fengshui.reopened()).isZero();
        assertThat(fengshui.reworkRate()).isCloseTo(0.0, within(1e-9));
        assertThat(grid).isEqualTo(fengshui);
    }

    @Test
    void aCaseDueAndClosedInTheSamePeriodIsDueOnceButInEachOfTwoPeriods() {
        // B's close on 11-04 stays counted after its reopen; its replaced deadline 11-10 does not
        assertThat(figures.sum(CITY, NOV_1, LocalDate.of(2026, 11, 4)).due()).as("A's deadline, B's close").isEqualTo(2);
        assertThat(figures.sum(CITY, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 5)).due()).as("A's close only").isEqualTo(1);
        assertThat(figures.sum(CITY, NOV_1, LocalDate.of(2026, 11, 5)).due()).as("A once, B's close").isEqualTo(2);
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

    @Test
    void aDissatisfiedRatingThatReopensTheCaseStaysCountedInTheSatisfactionRate() {
        CaseTransition closed = closedCase(QUIET_GRID, "2026-11-09T02:00:00Z");
        CaseTransition rated = Cases.rated(closed, "dissatisfied", "2026-11-12T02:00:00Z");
        // dispatch saves the rating and the reopen it causes together: one version, the reopen clears the rating
        CaseTransition reopened = Cases.savedAs(Cases.withRating(Cases.reopened(rated, "2026-11-12T02:00:00Z"), null), rated.version());

        List.of(rated, reopened).forEach(this::project);

        Figures grid = figures(QUIET_GRID.gridCode(), NOV_1, NOV_30);
        assertThat(grid.rated()).isEqualTo(1);
        assertThat(grid.satisfied()).isZero();
        assertThat(grid.satisfactionRate()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void reworkCountsEachCaseOnceAndNeverPassesAllResolvedCases() {
        CaseTransition closed = closedCase(QUIET_GRID, "2026-11-09T02:00:00Z");
        CaseTransition first = Cases.reopened(closed, "2026-11-10T02:00:00Z");
        CaseTransition resolvedAgain = Cases.resolved(first, "2026-11-11T02:00:00Z", true);
        CaseTransition second = Cases.reopened(resolvedAgain, "2026-11-12T02:00:00Z");
        List.of(first, resolvedAgain, second).forEach(this::project);

        Figures grid = figures(QUIET_GRID.gridCode(), NOV_1, NOV_30);
        assertThat(grid.reopened()).as("two reopenings").isEqualTo(2);
        assertThat(grid.reworkedCases()).as("of one case").isEqualTo(1);
        assertThat(grid.resolvedCases()).isEqualTo(1);
        assertThat(grid.reworkRate()).isCloseTo(1.0, within(1e-9));
        Figures december = figures(QUIET_GRID.gridCode(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        assertThat(december.reworkRate()).as("nothing resolved or reworked in December").isNull();
    }

    @Test
    void aFailedVerificationCountsAsReworkExactlyAsAReopenDoes() {
        CaseTransition reported = Cases.reported(UUID.randomUUID(), QUIET_GRID, "2026-11-09T01:00:00Z");
        CaseTransition dispatched = Cases.dispatched(reported, "CGJ", "2026-11-09T02:00:00Z", "2026-11-13T02:00:00Z");
        CaseTransition resolved = Cases.resolved(dispatched, "2026-11-10T02:00:00Z", true);
        // dispatch saves the failed check and the rework it causes together: one version, two events
        CaseTransition failed = Cases.next(resolved, "CaseVerificationFailed", "resolved", "2026-11-11T02:00:00Z");
        CaseTransition reworked = Cases.savedAs(Cases.reopenedWithDeadline(failed, "2026-11-11T02:00:00Z",
                "2026-11-18T02:00:00Z"), failed.version());
        CaseTransition resolvedAgain = Cases.resolved(reworked, "2026-11-12T02:00:00Z", true);
        List.of(reported, dispatched, resolved, failed, reworked, resolvedAgain).forEach(this::project);

        Figures grid = figures(QUIET_GRID.gridCode(), NOV_1, NOV_30);
        assertThat(grid.reopened()).as("one rework").isEqualTo(1);
        assertThat(grid.reworkedCases()).isEqualTo(1);
        assertThat(grid.resolvedCases()).as("the case once, though resolved twice").isEqualTo(1);
        assertThat(grid.resolved()).as("both resolutions stay counted").isEqualTo(2);
        assertThat(grid.reworkRate()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aLateReopenCountsInItsOwnMonthAndLeavesThePublishedMonthAsItWas() {
        CaseTransition closed = closedCase(FENGSHUI_GRID, "2026-11-09T02:00:00Z");
        Figures novemberBefore = figures(CITY, NOV_1, NOV_30);
        Double p90Before = figures.p90HoursToClose(CITY, NOV_1, NOV_30);

        CaseTransition lateReopen = Cases.reopenedWithDeadline(closed, "2026-12-03T02:00:00Z", "2026-12-08T02:00:00Z");
        project(lateReopen);

        assertThat(figures(CITY, NOV_1, NOV_30)).isEqualTo(novemberBefore);
        assertThat(figures.p90HoursToClose(CITY, NOV_1, NOV_30)).isEqualTo(p90Before);
        Figures december = figures(CITY, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        assertThat(december.reopened()).isEqualTo(1);
        assertThat(december.reworkedCases()).isEqualTo(1);
        assertThat(december.due()).as("the new round's deadline").isEqualTo(1);
        assertThat(december.closed()).isZero();
    }

    @Test
    void aReopenTakesBackADeadlineItReplacedBeforeItFell() {
        CaseTransition closed = closedCase(FENGSHUI_GRID, "2026-11-09T02:00:00Z");
        FigureCounts before = figures.sum(CITY, NOV_1, NOV_30);

        project(Cases.reopenedWithDeadline(closed, "2026-11-10T02:00:00Z", "2026-11-16T02:00:00Z"));

        FigureCounts after = figures.sum(CITY, NOV_1, NOV_30);
        assertThat(after.get(Counter.DEADLINE_DUE)).as("11-12 replaced by 11-16, once").isEqualTo(before.get(Counter.DEADLINE_DUE));
        assertThat(after.get(Counter.CLOSED)).isEqualTo(before.get(Counter.CLOSED));
        assertThat(after.due()).as("the close on 11-09 and the deadline on 11-16").isEqualTo(before.due() + 1);
    }

    @Test
    void aCaseBecomesOverdueOnceOnItsDeadlineDayWhateverTheMarksAfterwards() {
        CaseTransition reported = Cases.reported(UUID.randomUUID(), FENGSHUI_GRID, "2026-11-09T01:00:00Z");
        CaseTransition dispatched = Cases.dispatched(reported, "CGJ", "2026-11-09T02:00:00Z", "2026-11-11T02:00:00Z");
        CaseTransition overdue = Cases.next(dispatched, "CaseOverdue", "dispatched", "2026-11-12T01:00:00Z");
        CaseTransition escalatedAgain = Cases.next(overdue, "CaseOverdue", "dispatched", "2026-11-14T01:00:00Z");
        List.of(reported, dispatched, overdue, escalatedAgain).forEach(this::project);

        assertThat(figures(FENGSHUI_GRID.gridCode(), NOV_1, NOV_30).overdueInPeriod()).isEqualTo(1);
        assertThat(figures(FENGSHUI_GRID.gridCode(), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 11)).overdueInPeriod())
                .as("counted on the day the deadline passed").isEqualTo(1);
        assertThat(figures(FENGSHUI_GRID.gridCode(), LocalDate.of(2026, 11, 12), NOV_30).overdueInPeriod()).isZero();
    }

    @Test
    void aTownshipClosingLaterThanItsOwnLimitIsLateForTheTownshipNotForTheDepartment() {
        // resolved on time on Monday 11-09 10:00; verified and closed on Thursday 11-12 16:00: 3 working days later
        CaseTransition reported = Cases.reported(UUID.randomUUID(), OTHER_TOWNSHIP_GRID, "2026-11-06T01:00:00Z");
        CaseTransition dispatched = Cases.dispatched(reported, "CGJ", "2026-11-06T02:00:00Z", "2026-11-20T02:00:00Z");
        CaseTransition resolved = Cases.resolved(dispatched, "2026-11-09T02:00:00Z", true);
        CaseTransition closed = Cases.closed(resolved, "2026-11-12T08:00:00Z", true);
        List.of(reported, dispatched, resolved, closed).forEach(this::project);

        Figures township = figures("370303001", NOV_1, NOV_30);
        assertThat(township.departmentOnTimeRate()).isCloseTo(1.0, within(1e-9));
        assertThat(township.townshipClosed()).isEqualTo(2);
        assertThat(township.townshipOnTimeRate()).as("B within the limit, this one not").isCloseTo(0.5, within(1e-9));
        assertThat(township.registrationRate()).as("neither reached 立案 through a registration").isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theTownshipsOwnVerificationAndClosingAreOnTimeByTheLimitsDispatchKept() {
        // resolved on Monday; verified late (outside 核查时限), then closed within 结案时限, although
        // three working days after the resolution, longer than the old combined two-day limit
        CaseTransition reported = Cases.reported(UUID.randomUUID(), QUIET_GRID, "2026-11-06T01:00:00Z");
        CaseTransition dispatched = Cases.dispatched(reported, "CGJ", "2026-11-06T02:00:00Z", "2026-11-20T02:00:00Z");
        CaseTransition resolved = Cases.resolved(dispatched, "2026-11-09T02:00:00Z", true);
        CaseTransition verified = Cases.withTownshipOutcome(
                Cases.next(resolved, "CaseVerified", "verified", "2026-11-12T02:00:00Z"), false, null);
        CaseTransition closed = Cases.withTownshipOutcome(Cases.closed(verified, "2026-11-12T08:00:00Z", true), false, true);
        // the township's own red mark is not the department's 超期
        CaseTransition townshipRed = Cases.next(resolved, "CaseOverdue", "resolved", "2026-11-11T01:00:00Z");
        List.of(reported, dispatched, resolved, townshipRed, verified, closed).forEach(this::project);

        Figures grid = figures(QUIET_GRID.gridCode(), NOV_1, NOV_30);
        assertThat(grid.townshipVerified()).isEqualTo(1);
        assertThat(grid.townshipVerifiedOnTime()).isZero();
        assertThat(grid.verificationOnTimeRate()).isCloseTo(0.0, within(1e-9));
        assertThat(grid.townshipClosed()).isEqualTo(1);
        assertThat(grid.townshipOnTimeRate()).as("closed within 结案时限").isCloseTo(1.0, within(1e-9));
        assertThat(grid.departmentOnTimeRate()).isCloseTo(1.0, within(1e-9));
        assertThat(grid.overdueInPeriod()).isZero();
        assertThat(grid.metric(Metric.VERIFICATION_ON_TIME_RATE)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void aWorkersOwnFixOnTheSpotIsCountedApartAndNotAsADepartmentsResolution() {
        String at = "2026-11-10T02:00:00Z";
        CaseTransition reported = Cases.selfResolved(Cases.reported(UUID.randomUUID(), FENGSHUI_GRID, at));
        CaseTransition registered = Cases.selfResolved(Cases.next(reported, "CaseRegistered", "registered", at));
        CaseTransition resolved = Cases.selfResolved(Cases.resolved(registered, at, true));
        CaseTransition closed = Cases.selfResolved(Cases.closed(resolved, at, true));
        List.of(reported, registered, resolved, closed).forEach(this::project);

        Figures city = figures(CITY, NOV_1, NOV_30);

        assertThat(city.selfResolved()).isEqualTo(1);
        assertThat(city.reported()).isEqualTo(4);
        assertThat(city.registered()).isEqualTo(3);
        assertThat(city.closed()).as("a closed case of the city like any other").isEqualTo(3);
        assertThat(city.dispatched()).isEqualTo(2);
        assertThat(city.resolved()).as("no department resolved it").isEqualTo(2);
        assertThat(city.disposalRate()).isCloseTo(1.0, within(1e-9));
        assertThat(city.resolvedCases()).isEqualTo(2);
        assertThat(city.meanWorkingHoursToResolve()).isCloseTo((20.5 + 6.5) / 2, within(1e-9));
        assertThat(city.departmentOnTimeRate()).isCloseTo(0.5, within(1e-9));
        assertThat(city.townshipClosed()).as("the township had nothing to verify").isEqualTo(2);
        assertThat(figures("370303102", NOV_1, NOV_30).selfResolved()).isEqualTo(1);
        assertThat(figures(OTHER_TOWNSHIP_GRID.townshipCode(), NOV_1, NOV_30).selfResolved()).isZero();
        assertThat(city.metric(Metric.SELF_RESOLVED)).isEqualTo(1.0);
    }

    @Test
    void deferralsAndParkingsCountOnTheirDayEachTimeAndAPausedCaseIsNeverOverdue() {
        CaseTransition reported = Cases.reported(UUID.randomUUID(), QUIET_GRID, "2026-11-09T01:00:00Z");
        CaseTransition dispatched = Cases.dispatched(reported, "CGJ", "2026-11-09T02:00:00Z", "2026-11-11T02:00:00Z");
        CaseTransition deferred = Cases.next(dispatched, "CaseDeferred", "deferred", "2026-11-10T02:00:00Z");
        CaseTransition resumed = Cases.next(deferred, "CaseResumed", "dispatched", "2026-11-16T02:00:00Z");
        CaseTransition parked = Cases.next(resumed, "CaseParked", "parked", "2026-11-17T02:00:00Z");
        CaseTransition deferredAgain = Cases.next(Cases.next(parked, "CaseResumed", "dispatched", "2026-11-18T02:00:00Z"),
                "CaseDeferred", "deferred", "2026-11-19T02:00:00Z");
        List.of(reported, dispatched, deferred, resumed, parked, deferredAgain).forEach(this::project);

        Figures grid = figures(QUIET_GRID.gridCode(), NOV_1, NOV_30);
        assertThat(grid.deferred()).as("each deferral").isEqualTo(2);
        assertThat(grid.parked()).isEqualTo(1);
        assertThat(figures("370303102", LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10)).deferred())
                .as("on the township, on the day it was deferred").isEqualTo(1);
        assertThat(figures(CITY, LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 17)).parked()).isEqualTo(1);
        assertThat(grid.metric(Metric.DEFERRED)).isEqualTo(2.0);
        assertThat(grid.overdueInPeriod()).isZero();
        CaseFact now = facts.get(reported.caseId());
        assertThat(now.paused()).isTrue();
        assertThat(now.overdueAt(java.time.Instant.parse("2026-11-25T02:00:00Z")))
                .as("its deadline has passed, but its clock stands still").isFalse();
    }

    /** A worker case in the grid, dispatched to CGJ (deadline 3 days later), resolved and closed on {@code at}'s day. */
    private CaseTransition closedCase(AreaChain grid, String at) {
        java.time.Instant day = java.time.Instant.parse(at);
        CaseTransition reported = Cases.reported(UUID.randomUUID(), grid, day.minusSeconds(86_400).toString());
        CaseTransition dispatched = Cases.dispatched(reported, "CGJ", day.minusSeconds(80_000).toString(), day.plusSeconds(3 * 86_400).toString());
        CaseTransition resolved = Cases.resolved(dispatched, day.minusSeconds(3_600).toString(), true);
        CaseTransition closed = Cases.closed(resolved, at, true);
        List.of(reported, dispatched, resolved, closed).forEach(this::project);
        return closed;
    }

    private Figures figures(String area, LocalDate from, LocalDate to) {
        Period period = new Period(from, to);
        List<CaseStep> inside = steps.stream()
                .filter(step -> period.contains(step.day()))
                .filter(step -> area.equals(CITY) || step.area().withCity(CITY).contains(area))
                .toList();
        return Figures.of(this.figures.sum(area, from, to), CaseCounts.of(inside), Snapshot.NONE, null);
    }

    private void project(CaseTransition transition) {
        CaseProjection.Step step = projection.step(facts.get(transition.caseId()), transition);
        facts.put(transition.caseId(), step.next());
        figures.apply(step.factDelta());
        if (step.countedStep() != null
                && countedTransitions.add(transition.caseId() + "/" + transition.version() + "/" + transition.kind())) {
            figures.apply(step.transitionDelta());
            steps.add(step.countedStep());
        }
    }
}
