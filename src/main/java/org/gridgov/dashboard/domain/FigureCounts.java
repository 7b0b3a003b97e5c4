package org.gridgov.dashboard.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The raw counts of an area (or department, category, day) for a period, as summed from the daily
 * table. {@code closedWithDeadlineInPeriod} is the overlap of "deadline in the period" and "closed
 * in the period", so that 应结案数 counts such a case once.
 */
public record FigureCounts(Map<Counter, Long> counters, long closedWithDeadlineInPeriod) {

    public FigureCounts {
        EnumMap<Counter, Long> copy = new EnumMap<>(Counter.class);
        for (Counter counter : Counter.values()) {
            copy.put(counter, counters.getOrDefault(counter, 0L));
        }
        counters = Map.copyOf(copy);
    }

    public static FigureCounts empty() {
        return new FigureCounts(Map.of(), 0);
    }

    public long get(Counter counter) {
        return counters.get(counter);
    }

    /** 应结案数: cases whose deadline fell in the period or that were closed in it, each once. */
    public long due() {
        return get(Counter.DEADLINE_DUE) + get(Counter.CLOSED) - closedWithDeadlineInPeriod;
    }

    /** Whether every count is zero (a change that adds up to nothing). */
    public boolean isZero() {
        return closedWithDeadlineInPeriod == 0 && counters.values().stream().allMatch(v -> v == 0);
    }

    public FigureCounts plus(FigureCounts other) {
        EnumMap<Counter, Long> sum = new EnumMap<>(Counter.class);
        for (Counter counter : Counter.values()) {
            sum.put(counter, get(counter) + other.get(counter));
        }
        return new FigureCounts(sum, closedWithDeadlineInPeriod + other.closedWithDeadlineInPeriod);
    }
}
