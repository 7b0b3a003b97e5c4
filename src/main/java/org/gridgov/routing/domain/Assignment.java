package org.gridgov.routing.domain;

import java.util.Objects;

/**
 * Where a case goes. {@code arbitration} means no rule could decide (no match, or returned too
 * often) and the township centre must assign it by hand.
 */
public record Assignment(Target target, boolean arbitration) {
    public Assignment {
        Objects.requireNonNull(target, "target");
    }

    public static Assignment byRule(Target target) {
        return new Assignment(target, false);
    }

    public static Assignment toArbitration(Target centre) {
        return new Assignment(centre, true);
    }
}
