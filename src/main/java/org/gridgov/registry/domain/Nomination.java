package org.gridgov.registry.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A unit puts a measure forward for a round, with evidence that it already works somewhere.
 * {@code nominator} is the unit's code (a district code or a task group's code); the same code
 * identifies the unit when it scores others' nominations.
 */
public record Nomination(
        UUID id,
        HalfYear round,
        UUID measureId,
        String nominator,
        NominatorKind nominatorKind,
        String evidence,
        Instant nominatedAt) {

    public Nomination {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(nominatorKind, "nominatorKind");
        Objects.requireNonNull(nominatedAt, "nominatedAt");
        if (nominator == null || nominator.isBlank()) {
            throw new IllegalArgumentException("nominator must not be blank");
        }
        if (evidence == null || evidence.isBlank()) {
            throw new RuleViolation("a nomination needs evidence that the measure works");
        }
    }

    /** Unit codes are compared without regard to case, so that {@code cgj} cannot score {@code CGJ}'s nomination. */
    public boolean isBy(String unit) {
        return nominator.equalsIgnoreCase(unit);
    }
}
