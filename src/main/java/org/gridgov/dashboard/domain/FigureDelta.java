package org.gridgov.dashboard.domain;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The change to the daily figures when a case's footprint goes from {@code before} to {@code after}. */
public record FigureDelta(Map<DailyKey, Map<Counter, Long>> daily, Map<OverlapKey, Long> overlaps,
        Map<CloseTimeKey, Long> closeTimes, Map<CloseHoursKey, Long> closeHours) {

    public static FigureDelta between(Footprint before, Footprint after) {
        Map<DailyKey, Map<Counter, Long>> daily = new LinkedHashMap<>();
        add(daily, before.daily(), -1);
        add(daily, after.daily(), 1);
        daily.values().forEach(counters -> counters.values().removeIf(v -> v == 0));
        daily.values().removeIf(Map::isEmpty);
        return new FigureDelta(daily, difference(before.overlaps(), after.overlaps()),
                difference(before.closeTimes(), after.closeTimes()), difference(before.closeHours(), after.closeHours()));
    }

    /** A counted event (a return, a rating, …) adds its counts on its own day, independently of the fact. */
    public static FigureDelta ofTransition(DailyKey key, Map<Counter, Long> counts) {
        Map<Counter, Long> counters = new EnumMap<>(Counter.class);
        counts.forEach((counter, value) -> {
            if (value != 0) {
                counters.put(counter, value);
            }
        });
        return new FigureDelta(counters.isEmpty() ? Map.of() : Map.of(key, counters), Map.of(), Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return daily.isEmpty() && overlaps.isEmpty() && closeTimes.isEmpty() && closeHours.isEmpty();
    }

    /**
     * The same change to the grids' monthly figures: the daily counts of each grid summed over the
     * month and the categories, and the closures whose deadline fell in the month of the close (the
     * overlap of a one-month period). Months whose change sums to nothing are left out.
     */
    public Map<GridMonthKey, FigureCounts> gridMonths() {
        Map<GridMonthKey, FigureCounts> months = new LinkedHashMap<>();
        daily.forEach((key, counters) -> {
            String grid = key.dimensions().gridCode();
            if (grid != null) {
                months.merge(new GridMonthKey(YearMonth.from(key.day()), grid, key.dimensions().department()),
                        new FigureCounts(counters, 0), FigureCounts::plus);
            }
        });
        overlaps.forEach((key, n) -> {
            String grid = key.dimensions().gridCode();
            YearMonth month = YearMonth.from(key.closedDay());
            if (grid != null && month.equals(YearMonth.from(key.deadlineDay()))) {
                months.merge(new GridMonthKey(month, grid, key.dimensions().department()),
                        new FigureCounts(Map.of(), n), FigureCounts::plus);
            }
        });
        months.values().removeIf(FigureCounts::isZero);
        return months;
    }

    private static <K> Map<K, Long> difference(Map<K, Long> before, Map<K, Long> after) {
        Map<K, Long> result = new LinkedHashMap<>();
        before.forEach((k, v) -> result.merge(k, -v, Long::sum));
        after.forEach((k, v) -> result.merge(k, v, Long::sum));
        result.values().removeIf(v -> v == 0);
        return result;
    }

    private static void add(Map<DailyKey, Map<Counter, Long>> into, Map<DailyKey, Map<Counter, Long>> from, int sign) {
        from.forEach((key, counters) -> {
            Map<Counter, Long> target = into.computeIfAbsent(key, k -> new EnumMap<>(Counter.class));
            counters.forEach((counter, value) -> target.merge(counter, sign * value, Long::sum));
        });
    }
}
