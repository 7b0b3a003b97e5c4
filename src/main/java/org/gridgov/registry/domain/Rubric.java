package org.gridgov.registry.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Weights of the six criteria. A scorer gives each criterion 0–10 points; the weighted total is on
 * a 0–100 scale so that scores from rubrics with other weights stay comparable.
 */
public record Rubric(Map<Criterion, Double> weights) {

    public static final int MAX_POINTS = 10;

    public Rubric {
        if (weights.size() != Criterion.values().length) {
            throw new IllegalArgumentException("a rubric weighs all six criteria");
        }
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1.0) > 1e-9 || weights.values().stream().anyMatch(weight -> weight < 0)) {
            throw new IllegalArgumentException("rubric weights are non-negative and add up to 1, not " + sum);
        }
        weights = Map.copyOf(new EnumMap<>(weights));
    }

    /**
     * The default weighting: innovation and benefit count most, because the city selects measures
     * for being new and for working; voluntariness and economy count least.
     */
    public static Rubric standard() {
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.INNOVATION, 0.25);
        weights.put(Criterion.VOLUNTARINESS, 0.10);
        weights.put(Criterion.BENEFIT, 0.25);
        weights.put(Criterion.IMPORTANCE, 0.15);
        weights.put(Criterion.ECONOMY, 0.10);
        weights.put(Criterion.TRANSFERABILITY, 0.15);
        return new Rubric(weights);
    }

    public double weight(Criterion criterion) {
        return weights.get(criterion);
    }

    /** The weighted total, 0–100, of one scorer's points; every criterion must be scored. */
    public double total(Map<Criterion, Integer> points) {
        double total = 0;
        for (Criterion criterion : Criterion.values()) {
            Integer given = points.get(criterion);
            if (given == null) {
                throw new IllegalArgumentException("criterion " + criterion.code() + " is not scored");
            }
            if (given < 0 || given > MAX_POINTS) {
                throw new IllegalArgumentException("criterion " + criterion.code() + " takes 0–" + MAX_POINTS + " points, not " + given);
            }
            total += weights.get(criterion) * given * (100.0 / MAX_POINTS);
        }
        return total;
    }
}
