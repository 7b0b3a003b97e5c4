package org.gridgov.support;

import java.util.List;

/** Quantiles of measured values by nearest rank, as the load scripts and benchmarks print them. */
public final class NearestRank {

    private NearestRank() {
    }

    /**
     * The {@code q}-quantile (0 &lt; q ≤ 1) of values sorted ascending: the smallest value with at
     * least a share {@code q} of them at or below it ({@code 1.0} is the largest).
     */
    public static <T> T quantile(List<T> sorted, double q) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no values to take a quantile of");
        }
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
