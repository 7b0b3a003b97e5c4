package org.gridgov.dispatch.domain;

import java.util.Optional;

/** The 督办 ladder: grid → township centre → district centre. */
public enum EscalationLevel {
    NONE, TOWNSHIP, DISTRICT;

    /** The next rung, or empty at the top of the ladder. */
    public Optional<EscalationLevel> next() {
        return switch (this) {
            case NONE -> Optional.of(TOWNSHIP);
            case TOWNSHIP -> Optional.of(DISTRICT);
            case DISTRICT -> Optional.empty();
        };
    }
}
