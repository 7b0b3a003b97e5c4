package org.gridgov.grid.domain;

import java.util.Locale;
import java.util.Optional;

/** How a grid worker is employed: a full-time 专职 or part-time 兼职 worker. */
public enum Employment {
    FULL_TIME,
    PART_TIME;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Employment> parse(String text) {
        for (Employment employment : values()) {
            if (employment.wireName().equals(text)) {
                return Optional.of(employment);
            }
        }
        return Optional.empty();
    }
}
