package org.gridgov.dispatch.domain;

import java.util.Objects;

/**
 * The township's own time limits: 核查时限 from the department's resolution to the verification,
 * and 结案时限 from the verification to the close. Per-city settings, like category limits, so
 * they come from configuration and are never constants of the lifecycle.
 */
public record PhaseLimits(TimeLimit verification, TimeLimit closing) {

    public PhaseLimits {
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(closing, "closing");
    }

    /** The limit of a township phase. */
    public TimeLimit of(Phase phase) {
        return switch (phase) {
            case VERIFICATION -> verification;
            case CLOSING -> closing;
            case HANDLING -> throw new IllegalArgumentException("the handling limit is the case's own (its category's)");
        };
    }
}
