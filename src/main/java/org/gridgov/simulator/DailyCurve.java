package org.gridgov.simulator;

import java.time.LocalTime;
import java.util.Random;

/**
 * How reports spread over a day: one weight per hour. Grid workers report on their patrols, in
 * office hours with a dip at lunch; citizens report from early morning into the evening, most after
 * work, and a few at night.
 */
public final class DailyCurve {

    private static final double[] WORKERS = {
        0, 0, 0, 0, 0, 0, 0, 1, 6, 9, 10, 8, 2, 3, 8, 9, 8, 5, 1, 0, 0, 0, 0, 0};
    private static final double[] CITIZENS = {
        1, 0.5, 0.3, 0.3, 0.3, 0.5, 1, 3, 5, 6, 6, 5, 4, 4, 5, 5, 5, 6, 7, 8, 7, 5, 3, 2};

    private final double[] cumulative = new double[24];
    private final double total;

    private DailyCurve(double[] weights) {
        double sum = 0;
        for (int hour = 0; hour < 24; hour++) {
            sum += weights[hour];
            cumulative[hour] = sum;
        }
        this.total = sum;
    }

    public static DailyCurve of(Reporter reporter) {
        return new DailyCurve(reporter == Reporter.WORKER ? WORKERS : CITIZENS);
    }

    /** The share of a day's reports that fall in this hour (0–23). */
    public double share(int hour) {
        return (cumulative[hour] - (hour == 0 ? 0 : cumulative[hour - 1])) / total;
    }

    /** A time of day drawn from the curve. */
    public LocalTime draw(Random random) {
        double x = random.nextDouble() * total;
        int hour = 0;
        while (cumulative[hour] <= x) {
            hour++;
        }
        return LocalTime.of(hour, random.nextInt(60), random.nextInt(60));
    }
}
