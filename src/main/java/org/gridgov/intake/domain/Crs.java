package org.gridgov.intake.domain;

import java.util.Locale;
import java.util.Optional;

/** Coordinate reference systems a phone may report in; the grid service converts them to WGS-84. */
public enum Crs {
    WGS84, GCJ02, BD09;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Crs> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(WGS84);
        }
        for (Crs crs : values()) {
            if (crs.wire().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(crs);
            }
        }
        return Optional.empty();
    }
}
