package org.gridgov.simulator;

import java.time.Duration;
import java.util.Random;

/**
 * What will happen to one event after it is reported, decided when the day is planned so that a
 * seed gives the same story whatever the platform's timing: whether the township rejects a
 * citizen's report, whether the department first returns the case, resolves it late, whether the
 * first on-site check fails, and the reporter's rating; and how long each step takes, in simulated
 * time.
 */
public record Fate(boolean rejected, boolean returnedOnce, boolean late, boolean failsFirstCheck, Rating rating,
                   Duration toRegister, Duration toAccept, Duration toReturn, Duration toArbitrate,
                   Duration toResolve, Duration toVerify, Duration toClose, Duration toRate) {

    /** The reporter's rating on the case's own scale, or none. */
    public enum Rating {
        SATISFIED("satisfied"), BASICALLY_SATISFIED("basically_satisfied"), DISSATISFIED("dissatisfied");

        public final String wire;

        Rating(String wire) {
            this.wire = wire;
        }
    }

    static final double REJECTED = 0.05;
    static final double RETURNED = 0.08;
    static final double LATE = 0.10;
    static final double CHECK_FAILS = 0.10;
    static final double WORKER_RATES = 0.30;
    static final double CITIZEN_RATES = 0.60;

    static Fate draw(Random random, Reporter reporter, Category category) {
        boolean rejected = reporter == Reporter.CITIZEN && random.nextDouble() < REJECTED;
        boolean returned = random.nextDouble() < RETURNED;
        boolean late = random.nextDouble() < LATE;
        boolean fails = random.nextDouble() < CHECK_FAILS;
        Rating rating = null;
        if (random.nextDouble() < (reporter == Reporter.WORKER ? WORKER_RATES : CITIZEN_RATES)) {
            double r = random.nextDouble();
            rating = r < 0.75 ? Rating.SATISFIED : r < 0.93 ? Rating.BASICALLY_SATISFIED : Rating.DISSATISFIED;
        }
        // handling: on time within 20–80 % of the category's limit, late at 110–200 % of it
        double share = late ? 1.1 + random.nextDouble() * 0.9 : 0.2 + random.nextDouble() * 0.6;
        return new Fate(rejected, returned, late, fails, rating,
                minutes(random, 15, 90), minutes(random, 10, 120), minutes(random, 30, 240),
                minutes(random, 30, 180), Duration.ofMinutes(Math.max(5, Math.round(category.limitMinutes() * share))),
                minutes(random, 30, 240), minutes(random, 10, 90), minutes(random, 60, 1440));
    }

    private static Duration minutes(Random random, int least, int most) {
        return Duration.ofMinutes(least + random.nextInt(most - least + 1));
    }
}
