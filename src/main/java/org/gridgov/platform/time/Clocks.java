package org.gridgov.platform.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock every service reads; tests replace it to move time. */
@Factory
public class Clocks {

    @Singleton
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
