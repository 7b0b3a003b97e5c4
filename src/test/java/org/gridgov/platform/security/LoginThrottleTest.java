package org.gridgov.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.gridgov.support.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresStillAllowAnotherTry() {
        fail("wang", "10.0.0.1", 4);
        assertThat(throttle.waitBefore("wang", "10.0.0.1")).isEmpty();
    }

    @Test
    void theFifthFailureForAnAccountBlocksItFromEveryAddressForHalfAMinute() {
        fail("wang", "10.0.0.1", 5);

        assertThat(throttle.waitBefore("wang", "10.0.0.2")).hasValue(Duration.ofSeconds(30));
        assertThat(throttle.waitBefore("li", "10.0.0.3")).as("other accounts elsewhere are not held up").isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.waitBefore("wang", "10.0.0.2")).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
        fail("wang", "10.0.0.1", 6);
        assertThat(throttle.waitBefore("wang", "10.0.0.1")).hasValue(Duration.ofSeconds(60));
        fail("wang", "10.0.0.1", 10);
        assertThat(throttle.waitBefore("wang", "10.0.0.1")).hasValue(Duration.ofMinutes(15));
    }

    @Test
    void oneAddressTryingManyAccountsIsBlockedAfterTwentyFailures() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.9.9.9");
        }
        assertThat(throttle.waitBefore("someone-new", "10.9.9.9")).isPresent();
        assertThat(throttle.waitBefore("someone-new", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsCount() {
        fail("wang", "10.0.0.1", 4);
        throttle.succeeded("wang");
        fail("wang", "10.0.0.1", 4);
        assertThat(throttle.waitBefore("wang", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail("wang", "10.0.0.1", 4);
        clock.advance(Duration.ofMinutes(16));
        fail("wang", "10.0.0.1", 1);
        assertThat(throttle.waitBefore("wang", "10.0.0.1")).isEmpty();
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }
}
