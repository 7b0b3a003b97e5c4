package org.gridgov.registry.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One district's or department's points for another unit's nomination (互评). */
public record PeerScore(UUID nominationId, String evaluator, Map<Criterion, Integer> points) {

    public PeerScore {
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(evaluator, "evaluator");
        points = Map.copyOf(new EnumMap<>(points));
    }

    /**
     * The score of {@code evaluator} for {@code nomination}: refused for the nominating unit itself,
     * because a unit would mark its own work up.
     */
    public static PeerScore given(Nomination nomination, String evaluator, Map<Criterion, Integer> points, Rubric rubric) {
        if (nomination.isBy(evaluator)) {
            throw new RuleViolation("unit " + evaluator + " cannot score its own nomination");
        }
        rubric.total(points);
        return new PeerScore(nomination.id(), evaluator, points);
    }

    public double total(Rubric rubric) {
        return rubric.total(points);
    }
}
