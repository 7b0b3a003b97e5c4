package org.gridgov.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.gridgov.support.MutableClock;
import org.junit.jupiter.api.Test;

class ConsumerTroubleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final ConsumerTrouble trouble = new ConsumerTrouble(Duration.ofMillis(200), Duration.ofSeconds(10),
            Duration.ofSeconds(30), clock);

    @Test
    void aConsumerThatKeepsFailingWaitsTwiceAsLongEachTimeUpToTheCap() {
        Object consumer = new Object();
        long[] waits = new long[9];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = trouble.failed(consumer).toMillis();
            clock.advance(Duration.ofMillis(waits[i]));
        }
        assertThat(waits).containsExactly(200, 400, 800, 1600, 3200, 6400, 10_000, 10_000, 10_000);
        assertThat(trouble.anyFailing()).isTrue();
    }

    @Test
    void aConsumerThatPolledQuietlyForAWhileStartsAgainFromTheFirstWaitAndIsNoLongerFailing() {
        Object consumer = new Object();
        trouble.failed(consumer);
        clock.advance(Duration.ofMillis(200));
        assertThat(trouble.failed(consumer)).isEqualTo(Duration.ofMillis(400));

        clock.advance(Duration.ofMillis(400 * 2 + 1001));
        assertThat(trouble.anyFailing()).isFalse();
        assertThat(trouble.failed(consumer)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void consumersBackOffEachOnTheirOwn() {
        Object one = new Object();
        Object other = new Object();
        trouble.failed(one);
        trouble.failed(one);
        assertThat(trouble.failed(other)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aRepeatedErrorIsLoggedOncePerIntervalWithHowOftenItHappened() {
        assertThat(trouble.occurred("UnsupportedVersionException: FIND_COORDINATOR")).contains(1L);
        for (int i = 1; i < 60; i++) {
            clock.advance(Duration.ofMillis(500));
            assertThat(trouble.occurred("UnsupportedVersionException: FIND_COORDINATOR")).isEmpty();
        }
        clock.advance(Duration.ofMillis(500));
        assertThat(trouble.occurred("UnsupportedVersionException: FIND_COORDINATOR")).contains(60L);
        assertThat(trouble.occurred("another error")).contains(1L);
    }
}
