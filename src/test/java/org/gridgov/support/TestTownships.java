package org.gridgov.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Made-up township codes for tests that build their own corner of the map: under the districts
 * 370390–370399, which no real division of 淄博 uses. Each code is drawn once per test JVM, so two
 * test classes never share a township: a township operator's tiles, a township's bounds and its
 * figures then hold only the test's own grids and cases. Serial 999 is never drawn: 370399999 is the
 * township without grids of the authorisation matrix and others.
 */
public final class TestTownships {

    private static final Set<String> DRAWN = ConcurrentHashMap.newKeySet();

    private TestTownships() {
    }

    /** A township (9 digits) of a made-up district that no other caller in this JVM has had. */
    public static String next() {
        return nextIn("37039" + ThreadLocalRandom.current().nextInt(10));
    }

    /** A township of the given district (6 digits) that no other caller in this JVM has had. */
    public static String nextIn(String district) {
        if (!district.matches("37039\\d")) {
            throw new IllegalArgumentException("test townships lie under 370390–370399, not " + district);
        }
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String township = district + String.format("%03d", 1 + ThreadLocalRandom.current().nextInt(998));
            if (DRAWN.add(township)) {
                return township;
            }
        }
        throw new IllegalStateException("no township of " + district + " left for tests");
    }
}
