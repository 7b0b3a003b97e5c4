package org.gridgov.grid.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The coordinate systems phones send. GCJ-02 is the obfuscated datum every map SDK sold in China
 * uses (AMap, Tencent); BD-09 is Baidu's further offset of GCJ-02.
 */
public enum CoordinateSystem {
    WGS84,
    GCJ02,
    BD09;

    public static Optional<CoordinateSystem> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(WGS84);
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT).replace("-", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
