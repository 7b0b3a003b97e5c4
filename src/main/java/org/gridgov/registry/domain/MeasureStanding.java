package org.gridgov.registry.domain;

import java.util.Map;
import java.util.UUID;

/**
 * A measure's place in a year's expert evaluation.
 *
 * @param trimmedMean    the panel's weighted totals without the highest and the lowest, 0–100
 * @param mean           the plain mean of all the experts' totals (first tie-break)
 * @param criterionMeans the mean points (0–10) per criterion, published with the rubric
 */
public record MeasureStanding(
        int rank,
        UUID measureId,
        double trimmedMean,
        double mean,
        int experts,
        Map<Criterion, Double> criterionMeans,
        String tie) {
}
