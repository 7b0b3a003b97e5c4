package org.gridgov.platform.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * The clock every service reads; tests replace it to move time. With {@code gridgov.clock.settable}
 * (on by default in the demo, refused elsewhere but in tests) it is a {@link SettableClock} an
 * administrator can set back to lay down history ({@code PUT /api/v1/admin/clock}).
 */
@Factory
public class Clocks {

    @Singleton
    Clock platformClock(Environment environment, @Value("${gridgov.demo.enabled:false}") boolean demo) {
        boolean test = environment.getActiveNames().contains(Environment.TEST);
        return settable(environment.getProperty("gridgov.clock.settable", Boolean.class), demo, test)
                ? new SettableClock(Clock.systemUTC()) : Clock.systemUTC();
    }

    /** Whether the clock is settable: as asked, else as the demo is; refused outside the demo and the tests. */
    static boolean settable(Optional<Boolean> asked, boolean demo, boolean test) {
        boolean wanted = asked.orElse(demo);
        if (wanted && !demo && !test) {
            throw new IllegalStateException("gridgov.clock.settable (GRIDGOV_CLOCK_SETTABLE) is for the demo only: "
                    + "a platform whose clock can be set back records cases at times that never were");
        }
        return wanted;
    }
}
