package org.gridgov.dashboard.domain;

import java.util.Arrays;

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
}
