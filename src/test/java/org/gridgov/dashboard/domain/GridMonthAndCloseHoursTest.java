package org.gridgov.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.dashboard.domain.Cases.FENGSHUI_GRID;
import static org.gridgov.dashboard.domain.Cases.OTHER_TOWNSHIP_GRID;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.gridgov.platform.calendar.WorkingCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grids' monthly rows and the closures by unit and hours move with the same deltas as the daily
 * rows: a grid's month is always the sum of its days, and a department's p90 from the closures by
 * hours is the one the facts give, through reopens, late reopens and redeliveries.
 */
class GridMonthAndCloseHoursTest {

    private static final String CITY = "370300";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CaseProjection projection = new CaseProjection(ZONE, CITY, WorkingCalendar.china()::workingTimeBetween,
            Duration.ofHours(16));
    private final Map<UUID, CaseFact> facts = new HashMap<>();
    private final Set<String> countedTransitions = new HashSet<>();
    private final Map<DailyKey, Map<Counter, Long>> daily = new HashMap<>();
    private final Map<OverlapKey, Long> overlaps = new HashMap<>();
    private final Map<GridMonthKey, FigureCounts> months = new HashMap<>();
    private final Map<CloseHoursKey, Long> closeHours = new HashMap<>();
    private final List<CaseTransition> stream = new ArrayList<>();

    /**
     * A: 沣水镇, closed late on 11-05 (74 h from report). B: another township, closed on 11-04, rated,
     * reopened on 11-06, closed again on 11-08. C: 沣水镇, closed on 11-30 with its deadline on 12-02, then
     * reopened late on 12-03 (its close stays counted in November). D: 沣水镇, dispatched to another unit.
     */
    @BeforeEach
    void scriptedCases() {
        CaseTransition a = Cases.reported(UUID.randomUUID(), FENGSHUI_GRID, "2026-11-02T02:00:00Z");
        CaseTransition a2 = Cases.dispatched(a, "CGJ", "2026-11-02T04:00:00Z", "2026-11-04T02:00:00Z");
        CaseTransition a3 = Cases.resolved(a2, "2026-11-05T02:00:00Z", false);
        CaseTransition a4 = Cases.closed(a3, "2026-11-05T04:00:00Z", false);

        CaseTransition b = Cases.reported(UUID.randomUUID(), OTHER_TOWNSHIP_GRID, "2026-11-03T02:00:00Z");
        CaseTransition b2 = Cases.dispatched(b, "CGJ", "2026-11-03T03:00:00Z", "2026-11-10T02:00:00Z");
        CaseTransition b3 = Cases.resolved(b2, "2026-11-04T02:00:00Z", true);
        CaseTransition b4 = Cases.closed(b3, "2026-11-04T06:00:00Z", true);
        CaseTransition b5 = Cases.rated(b4, "dissatisfied", "2026-11-04T07:00:00Z");
        CaseTransition b6 = Cases.reopened(b5, "2026-11-06T02:00:00Z");
        CaseTransition b7 = Cases.resolved(b6, "2026-11-07T02:00:00Z", true);
        CaseTransition b8 = Cases.closed(b7, "2026-11-08T02:00:00Z", true);

        CaseTransition c = Cases.reported(UUID.randomUUID(), FENGSHUI_GRID, "2026-11-28T02:00:00Z");
        CaseTransition c2 = Cases.dispatched(c, "CGJ", "2026-11-28T03:00:00Z", "2026-12-02T02:00:00Z");
        CaseTransition c3 = Cases.resolved(c2, "2026-11-29T02:00:00Z", true);
        CaseTransition c4 = Cases.closed(c3, "2026-11-30T02:00:00Z", true);
        CaseTransition c5 = Cases.reopenedWithDeadline(c4, "2026-12-03T02:00:00Z", "2026-12-09T02:00:00Z");

        CaseTransition d = Cases.reported(UUID.randomUUID(), FENGSHUI_GRID, "2026-11-10T02:00:00Z");
        CaseTransition d2 = Cases.dispatched(d, "ZJJ", "2026-11-10T03:00:00Z", "2026-11-12T02:00:00Z");
        CaseTransition d3 = Cases.resolved(d2, "2026-11-11T02:00:00Z", true);
        CaseTransition d4 = Cases.closed(d3, "2026-11-11T09:30:00Z", true);

        stream.addAll(List.of(a, a2, a3, a4, b, b2, b3, b4, b5, b6, b7, b8, c, c2, c3, c4, c5, d, d2, d3, d4));
        stream.forEach(this::project);
    }

    @Test
    void everyGridMonthIsTheSumOfItsDays() {
        assertThat(months).isNotEmpty();
        assertThat(months).isEqualTo(monthsSummedFromDays());
    }

    @Test
    void redeliveringEveryEventLeavesTheMonthsTheSumOfTheDays() {
        Map<GridMonthKey, FigureCounts> before = new HashMap<>(months);

        stream.forEach(this::project);

        assertThat(months).isEqualTo(before).isEqualTo(monthsSummedFromDays());
    }

    @Test
    void aLateReopenLeavesTheMonthOfTheCloseAsItWas() {
        GridMonthKey november = new GridMonthKey(YearMonth.of(2026, 11), FENGSHUI_GRID.gridCode(), "CGJ");

        assertThat(months.get(november).get(Counter.CLOSED)).as("A and C closed in November").isEqualTo(2);
        assertThat(months.get(november).closedWithDeadlineInPeriod()).as("only A's deadline fell in November").isEqualTo(1);
    }

    @Test
    void aDepartmentsP90FromTheClosuresByHoursIsTheOneOfItsFacts() {
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        for (String area : List.of(CITY, "370303", "370303102", "370303001")) {
            for (String department : List.of("CGJ", "ZJJ", "NONE")) {
                assertThat(p90FromCloseHours(area, department, from, to)).as(area + " " + department)
                        .isEqualTo(p90FromFacts(area, department, from, to));
            }
        }
        assertThat(p90FromCloseHours(CITY, "CGJ", from, to)).as("A 74 h, B 120 h (its second close); C's reopen took its close back")
                .isEqualTo(120.0);
        assertThat(p90FromCloseHours(CITY, "ZJJ", from, to)).as("D 31.5 h").isEqualTo(31.0);
    }

    @Test
    void closuresByHoursAreKeptDownToTheTownshipOnly() {
        assertThat(closeHours.keySet()).allSatisfy(key -> assertThat(key.areaCodes()).allSatisfy(code -> assertThat(code).hasSizeLessThanOrEqualTo(9)));
    }

    private Double p90FromCloseHours(String area, String department, LocalDate from, LocalDate to) {
        Period period = new Period(from, to);
        TreeMap<Long, Long> hours = new TreeMap<>();
        closeHours.forEach((key, n) -> {
            if (key.areaCodes().contains(area) && key.department().equals(department) && period.contains(key.closedDay())) {
                hours.merge(key.hours(), n, Long::sum);
            }
        });
        hours.values().removeIf(n -> n == 0);
        return Percentile.nearestRank(0.9, hours);
    }

    /** What FigureQueries' facts query gives: floor(percentile_disc(0.9) of the seconds from report to close / 3600). */
    private Double p90FromFacts(String area, String department, LocalDate from, LocalDate to) {
        Period period = new Period(from, to);
        double[] seconds = facts.values().stream()
                .filter(f -> f.closedAt() != null && f.department().equals(department) && period.contains(f.closedAt().atZone(ZONE).toLocalDate()))
                .filter(f -> Dimensions.of(f, CITY).areaCodes().contains(area))
                .mapToDouble(f -> Duration.between(f.reportedAt(), f.closedAt()).getSeconds())
                .toArray();
        Double p90 = Percentile.of(0.9, seconds);
        return p90 == null ? null : Math.floor(p90 / 3600.0);
    }

    private Map<GridMonthKey, FigureCounts> monthsSummedFromDays() {
        Map<GridMonthKey, FigureCounts> sums = new HashMap<>();
        daily.forEach((key, counters) -> {
            if (key.dimensions().gridCode() != null) {
                sums.merge(new GridMonthKey(YearMonth.from(key.day()), key.dimensions().gridCode(), key.dimensions().department()),
                        new FigureCounts(counters, 0), FigureCounts::plus);
            }
        });
        overlaps.forEach((key, n) -> {
            YearMonth month = YearMonth.from(key.closedDay());
            if (key.dimensions().gridCode() != null && month.equals(YearMonth.from(key.deadlineDay()))) {
                sums.merge(new GridMonthKey(month, key.dimensions().gridCode(), key.dimensions().department()),
                        new FigureCounts(Map.of(), n), FigureCounts::plus);
            }
        });
        sums.values().removeIf(FigureCounts::isZero);
        return sums;
    }

    private void project(CaseTransition transition) {
        CaseProjection.Step step = projection.step(facts.get(transition.caseId()), transition);
        facts.put(transition.caseId(), step.next());
        apply(step.factDelta());
        if (step.countedStep() != null
                && countedTransitions.add(transition.caseId() + "/" + transition.version() + "/" + transition.kind())) {
            apply(step.transitionDelta());
        }
    }

    private void apply(FigureDelta delta) {
        delta.daily().forEach((key, counters) -> counters.forEach((counter, v) ->
                daily.computeIfAbsent(key, k -> new EnumMap<>(Counter.class)).merge(counter, v, Long::sum)));
        delta.overlaps().forEach((key, v) -> overlaps.merge(key, v, Long::sum));
        delta.gridMonths().forEach((key, counts) -> months.merge(key, counts, FigureCounts::plus));
        months.values().removeIf(FigureCounts::isZero);
        delta.closeHours().forEach((key, v) -> closeHours.merge(key, v, Long::sum));
    }
}
