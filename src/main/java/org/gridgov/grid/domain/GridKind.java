package org.gridgov.grid.domain;

import java.util.Locale;
import java.util.Optional;

/** A comprehensive grid covers households; a dedicated one a single unit (school, hospital, company). */
public enum GridKind {
    COMPREHENSIVE,
    DEDICATED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GridKind> parse(String text) {
        for (GridKind kind : values()) {
            if (kind.wireName().equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
