package org.gridgov.dashboard.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** An in-memory stand-in for the daily tables: applies deltas, sums an area's counts for a period. */
final class DailyFigures {

    private final Map<DailyKey, Map<Counter, Long>> daily = new HashMap<>();
    private final Map<OverlapKey, Long> overlaps = new HashMap<>();
    private final Map<CloseTimeKey, Long> closeTimes = new HashMap<>();

    void apply(FigureDelta delta) {
        delta.daily().forEach((key, counters) -> counters.forEach((counter, v) ->
                daily.computeIfAbsent(key, k -> new EnumMap<>(Counter.class)).merge(counter, v, Long::sum)));
        delta.overlaps().forEach((key, v) -> overlaps.merge(key, v, Long::sum));
        delta.closeTimes().forEach((key, v) -> closeTimes.merge(key, v, Long::sum));
    }

    Double p90HoursToClose(String area, LocalDate from, LocalDate to) {
        Period period = new Period(from, to);
        java.util.SortedMap<Integer, Long> histogram = new java.util.TreeMap<>();
        closeTimes.forEach((key, v) -> {
            if (key.areaCodes().contains(area) && period.contains(key.closedDay())) {
                histogram.merge(key.bucket(), v, Long::sum);
            }
        });
        return CloseTime.p90(histogram);
    }

    FigureCounts sum(String area, LocalDate from, LocalDate to) {
        Period period = new Period(from, to);
        Map<Counter, Long> sum = new EnumMap<>(Counter.class);
        daily.forEach((key, counters) -> {
            if (key.dimensions().areaCodes().contains(area) && period.contains(key.day())) {
                counters.forEach((counter, v) -> sum.merge(counter, v, Long::sum));
            }
        });
        long overlap = overlaps.entrySet().stream()
                .filter(e -> e.getKey().dimensions().areaCodes().contains(area))
                .filter(e -> period.contains(e.getKey().closedDay()) && period.contains(e.getKey().deadlineDay()))
                .mapToLong(Map.Entry::getValue)
                .sum();
        return new FigureCounts(sum, overlap);
    }
}
