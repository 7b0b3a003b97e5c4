package org.gridgov.intake.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How far back and ahead of the server's clock a report's {@code observedAt} may lie. An old date
 * would land in a closed month of the dashboard and slip past the duplicate search (which looks
 * only at recent reports); a little ahead is allowed because phones' clocks drift.
 */
public record ObservationWindow(Duration maxAge, Duration maxAhead) {

    public static final ObservationWindow DEFAULT = new ObservationWindow(Duration.ofDays(30), Duration.ofMinutes(5));

    public ObservationWindow {
        if (maxAge.isNegative() || maxAge.isZero() || maxAhead.isNegative()) {
            throw new IllegalArgumentException("the observation window must reach into the past");
        }
    }

    public Instant earliest(Instant now) {
        return now.minus(maxAge);
    }

    public Instant latest(Instant now) {
        return now.plus(maxAhead);
    }

    public boolean contains(Instant observedAt, Instant now) {
        return !observedAt.isBefore(earliest(now)) && !observedAt.isAfter(latest(now));
    }
}
