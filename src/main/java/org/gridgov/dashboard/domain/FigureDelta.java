package org.gridgov.dashboard.domain;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The change to the daily figures when a case's footprint goes from {@code before} to {@code after}. */
public record FigureDelta(Map<DailyKey, Map<Counter, Long>> daily, Map<OverlapKey, Long> overlaps,
        Map<CloseTimeKey, Long> closeTimes) {

    public static FigureDelta between(Footprint before, Footprint after) {
        Map<DailyKey, Map<Counter, Long>> daily = new LinkedHashMap<>();
        add(daily, before.daily(), -1);
        add(daily, after.daily(), 1);
        daily.values().forEach(counters -> counters.values().removeIf(v -> v == 0));
        daily.values().removeIf(Map::isEmpty);

        Map<OverlapKey, Long> overlaps = new LinkedHashMap<>();
        before.overlaps().forEach((k, v) -> overlaps.merge(k, -v, Long::sum));
        after.overlaps().forEach((k, v) -> overlaps.merge(k, v, Long::sum));
        overlaps.values().removeIf(v -> v == 0);

        Map<CloseTimeKey, Long> closeTimes = new LinkedHashMap<>();
        before.closeTimes().forEach((k, v) -> closeTimes.merge(k, -v, Long::sum));
        after.closeTimes().forEach((k, v) -> closeTimes.merge(k, v, Long::sum));
        closeTimes.values().removeIf(v -> v == 0);
        return new FigureDelta(daily, overlaps, closeTimes);
    }

    /** A counted event (a return, a rating, …) adds its counts on its own day, independently of the fact. */
    public static FigureDelta ofTransition(DailyKey key, Map<Counter, Long> counts) {
        Map<Counter, Long> counters = new EnumMap<>(Counter.class);
        counts.forEach((counter, value) -> {
            if (value != 0) {
                counters.put(counter, value);
            }
        });
        return new FigureDelta(counters.isEmpty() ? Map.of() : Map.of(key, counters), Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return daily.isEmpty() && overlaps.isEmpty() && closeTimes.isEmpty();
    }

    private static void add(Map<DailyKey, Map<Counter, Long>> into, Map<DailyKey, Map<Counter, Long>> from, int sign) {
        from.forEach((key, counters) -> {
            Map<Counter, Long> target = into.computeIfAbsent(key, k -> new EnumMap<>(Counter.class));
            counters.forEach((counter, value) -> target.merge(counter, sign * value, Long::sum));
        });
    }
}
