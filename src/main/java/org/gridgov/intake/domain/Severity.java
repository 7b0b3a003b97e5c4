package org.gridgov.intake.domain;

import java.util.Locale;
import java.util.Optional;

/** How bad the reporter judges the problem; routing decides priority, this is only a hint. */
public enum Severity {
    LOW, NORMAL, HIGH, CRITICAL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String value) {
        for (Severity severity : values()) {
            if (severity.wire().equals(value)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
