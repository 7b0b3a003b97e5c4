package org.gridgov.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * The platform's time as the simulator reckons it: real time, or while it lays down history the
 * clock it set back, reckoned from the platform's own answer ({@code now}) and the simulator's wall
 * clock since, so that a skew between the two machines' clocks does not count.
 */
final class PlatformTime {

    private final Instant answered;
    private final long answeredNanos;
    private final double speed;

    private PlatformTime(Instant answered, long answeredNanos, double speed) {
        this.answered = answered;
        this.answeredNanos = answeredNanos;
        this.speed = speed;
    }

    /** The platform on the wall clock. */
    static PlatformTime wall() {
        return new PlatformTime(null, 0, 1);
    }

    /** The platform clock answered {@code now} at {@code answeredNanos} ({@link System#nanoTime()}) and runs {@code speed} times as fast. */
    static PlatformTime setBack(Instant now, long answeredNanos, double speed) {
        return new PlatformTime(now, answeredNanos, speed);
    }

    boolean setBack() {
        return answered != null;
    }

    /** Never after the wall clock: the platform clock, once it catches up, is the wall clock. */
    Instant now() {
        Instant wall = Instant.now();
        if (answered == null) {
            return wall;
        }
        Instant reckoned = answered.plusNanos((long) ((System.nanoTime() - answeredNanos) * speed));
        return reckoned.isBefore(wall) ? reckoned : wall;
    }

    /**
     * When a worker saw what they report: shortly before now. Set back, further before: the reckoning
     * is off by the answer's latency times the speed, and the platform refuses an observation more
     * than five minutes ahead of its clock.
     */
    Instant observedAt() {
        return now().minus(setBack() ? Duration.ofMinutes(20) : Duration.ofSeconds(30));
    }
}
