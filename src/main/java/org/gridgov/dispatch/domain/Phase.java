package org.gridgov.dispatch.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Whose clock runs on a case: the department's 处置时限 from dispatch to resolution, then the
 * township's own 核查时限 (resolution → verification) and 结案时限 (verification → close). Each
 * phase has its own limit, its own yellow warning and its own red mark.
 */
public enum Phase {
    HANDLING, VERIFICATION, CLOSING;

    /** The phase whose clock runs in {@code state}; empty where no clock runs. */
    public static Optional<Phase> of(CaseState state) {
        return switch (state) {
            case DISPATCHED, ACCEPTED -> Optional.of(HANDLING);
            case RESOLVED -> Optional.of(VERIFICATION);
            case VERIFIED -> Optional.of(CLOSING);
            default -> Optional.empty();
        };
    }

    /** The township's own phases (verification and closing), as opposed to the department's handling. */
    public boolean township() {
        return this != HANDLING;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
