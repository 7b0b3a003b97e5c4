package org.gridgov.dashboard.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * Nearest-rank percentile (the same as PostgreSQL's {@code percentile_disc}): the smallest value
 * such that at least p of the values are at or below it.
 */
public final class Percentile {

    private Percentile() {}

    public static Double of(double p, double... values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The same over counted values (value → how many), or null when there are none. */
    public static Double nearestRank(double p, SortedMap<Long, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long seen = 0;
        for (Map.Entry<Long, Long> value : counts.entrySet()) {
            seen += value.getValue();
            if (seen >= rank) {
                return (double) value.getKey();
            }
        }
        return (double) counts.lastKey();
    }
}
