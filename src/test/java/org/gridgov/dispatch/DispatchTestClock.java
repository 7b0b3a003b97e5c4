package org.gridgov.dispatch;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.gridgov.support.MutableClock;

/**
 * A clock dispatch tests move by hand, only in contexts that ask for it. It starts in the future
 * (Monday 2027-03-01 10:00 in Zibo) so no other context's deadline scan ever finds these cases due.
 */
@Factory
@Requires(property = "dispatch.test.clock", value = "mutable")
class DispatchTestClock {

    static final Instant START = Instant.parse("2027-03-01T02:00:00Z");

    @Singleton
    @Replaces(Clock.class)
    MutableClock clock() {
        return new MutableClock(START);
    }
}
