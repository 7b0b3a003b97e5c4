package org.gridgov.dashboard.domain;

import java.time.Duration;
import java.time.Instant;

/** Office time between two instants on the platform's working calendar (holidays and 调休 included). */
@FunctionalInterface
public interface WorkingTime {

    Duration between(Instant from, Instant to);
}
