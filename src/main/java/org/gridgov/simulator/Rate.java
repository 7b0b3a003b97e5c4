package org.gridgov.simulator;

import java.time.Duration;

/**
 * How fast simulated time runs: {@code 1x} is real time, {@code 60x} a day in 24 minutes, {@code max}
 * as fast as the platform answers (the load generator of a capacity benchmark).
 */
public record Rate(double factor) {

    public static final Rate MAX = new Rate(Double.POSITIVE_INFINITY);

    public static Rate parse(String text) {
        if ("max".equals(text)) {
            return MAX;
        }
        if (text.matches("[0-9]{1,6}x")) {
            int factor = Integer.parseInt(text.substring(0, text.length() - 1));
            if (factor >= 1) {
                return new Rate(factor);
            }
        }
        throw new IllegalArgumentException("--rate takes 1x, 60x (any whole number and x) or max, not '" + text + "'");
    }

    public boolean max() {
        return Double.isInfinite(factor);
    }

    /** The real time a stretch of simulated time takes. */
    public Duration real(Duration simulated) {
        return max() ? Duration.ZERO : Duration.ofNanos((long) (simulated.toNanos() / factor));
    }

    @Override
    public String toString() {
        return max() ? "max" : Math.round(factor) + "x";
    }
}
