package org.gridgov.grid.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Tiers of the national division codes. The code length grows by tier; a township code is its
 * district code plus three digits, a community code its township code plus three.
 */
public enum AreaLevel {
    PROVINCE(6),
    CITY(6),
    DISTRICT(6),
    TOWNSHIP(9),
    COMMUNITY(12);

    private final int codeLength;

    AreaLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /**
     * Whether the code has this tier's form in GB/T 2260 and GB/T 10114: a province ends in 0000, a
     * city in 00 but not 0000, a district not in 00; township and community serials start at 001.
     * A made-up or mistyped code of the wrong form would otherwise sit in the tree as another tier.
     */
    public boolean hasTheFormOf(String code) {
        return switch (this) {
            case PROVINCE -> code.endsWith("0000");
            case CITY -> code.endsWith("00") && !code.endsWith("0000");
            case DISTRICT -> !code.endsWith("00");
            case TOWNSHIP, COMMUNITY -> !code.endsWith("000");
        };
    }

    /** The tier a parent must have; province and city may hang below an area outside the file. */
    public Optional<AreaLevel> parentLevel() {
        return switch (this) {
            case PROVINCE -> Optional.empty();
            case CITY -> Optional.of(PROVINCE);
            case DISTRICT -> Optional.of(CITY);
            case TOWNSHIP -> Optional.of(DISTRICT);
            case COMMUNITY -> Optional.of(TOWNSHIP);
        };
    }

    /** Whether a missing parent is acceptable: a city file need not carry its province. */
    public boolean parentMayBeOutsideTheFile() {
        return this == PROVINCE || this == CITY;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AreaLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (AreaLevel level : values()) {
            if (level.wireName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
