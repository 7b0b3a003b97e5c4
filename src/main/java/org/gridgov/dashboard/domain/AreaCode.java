package org.gridgov.dashboard.domain;

import java.util.Optional;

/**
 * An administrative or grid code and its level. Codes nest by prefix (a grid's first 9 digits are
 * its township), so "everything inside an area" is a prefix match. The city is the configured
 * 6-digit code ending in 00 (370300 for Zibo), whose descendants share its first 4 digits.
 */
public record AreaCode(String code, Level level) {

    public enum Level { CITY, DISTRICT, TOWNSHIP, COMMUNITY, GRID }

    public static Optional<AreaCode> parse(String code, String cityCode) {
        if (code == null || !code.matches("[0-9]+")) {
            return Optional.empty();
        }
        if (code.equals(cityCode)) {
            return Optional.of(new AreaCode(code, Level.CITY));
        }
        if (!code.startsWith(cityCode.substring(0, 4))) {
            return Optional.empty();
        }
        return switch (code.length()) {
            case 6 -> Optional.of(new AreaCode(code, Level.DISTRICT));
            case 9 -> Optional.of(new AreaCode(code, Level.TOWNSHIP));
            case 12 -> Optional.of(new AreaCode(code, Level.COMMUNITY));
            case 15 -> Optional.of(new AreaCode(code, Level.GRID));
            default -> Optional.empty();
        };
    }

    /** The prefix every code inside this area starts with. */
    public String descendantPrefix() {
        return level == Level.CITY ? code.substring(0, 4) : code;
    }

    public boolean contains(String otherCode) {
        return otherCode != null && otherCode.startsWith(descendantPrefix());
    }
}
