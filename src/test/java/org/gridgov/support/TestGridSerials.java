package org.gridgov.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Grid serials for test cells, one counter per community for the whole test JVM, so that two test
 * classes never draw the same grid code: a second {@code PUT} of a code moves the first test's cell,
 * and the cases already counted on it show up in the second test's figures. Serials 100–999 only;
 * the demo tessellation numbers its cells from 001.
 */
public final class TestGridSerials {

    private static final int FIRST = 100;
    private static final int COUNT = 900;
    private static final Map<String, AtomicInteger> NEXT = new ConcurrentHashMap<>();

    private TestGridSerials() {
    }

    /** The next unused grid code of the community (15 digits). */
    public static String nextGrid(String community) {
        AtomicInteger next = NEXT.computeIfAbsent(community,
                c -> new AtomicInteger(ThreadLocalRandom.current().nextInt(COUNT)));
        return community + String.format("%03d", FIRST + Math.floorMod(next.getAndIncrement(), COUNT));
    }
}
