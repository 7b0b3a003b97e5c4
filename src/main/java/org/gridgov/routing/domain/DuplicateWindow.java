package org.gridgov.routing.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How near in space and time a report must be to an open case of the same category to be the same
 * event. Both edges are inclusive, like PostGIS {@code ST_DWithin}, so the domain and the query agree.
 */
public record DuplicateWindow(double radiusMeters, Duration window) {

    public static final DuplicateWindow DEFAULT = new DuplicateWindow(50, Duration.ofHours(72));

    public DuplicateWindow {
        if (!(radiusMeters > 0) || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a duplicate window needs a positive radius and duration");
        }
    }

    public boolean covers(double distanceMeters, Instant caseSeenAt, Instant reportObservedAt) {
        return distanceMeters <= radiusMeters
                && Duration.between(caseSeenAt, reportObservedAt).abs().compareTo(window) <= 0;
    }

    /** The earliest and latest time a case may have been seen for this report to join it. */
    public Instant earliest(Instant reportObservedAt) {
        return reportObservedAt.minus(window);
    }

    public Instant latest(Instant reportObservedAt) {
        return reportObservedAt.plus(window);
    }
}
