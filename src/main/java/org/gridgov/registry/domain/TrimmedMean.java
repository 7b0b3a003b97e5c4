package org.gridgov.registry.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The panel practice of 去掉一个最高分和一个最低分: with three or more scores the single highest and
 * single lowest are dropped before averaging, so one outlying scorer cannot carry a result. With
 * one or two scores there is nothing to trim and the plain mean is used.
 */
public final class TrimmedMean {

    private TrimmedMean() {
    }

    public static OptionalDouble of(List<Double> scores) {
        if (scores.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = new ArrayList<>(scores);
        Collections.sort(sorted);
        List<Double> kept = sorted.size() >= 3 ? sorted.subList(1, sorted.size() - 1) : sorted;
        return kept.stream().mapToDouble(Double::doubleValue).average();
    }
}
