package org.gridgov.dispatch.domain;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The working calendar as deadlines need it (a port; the platform's WorkingCalendar backs it).
 * Working time skips nights, weekends and public holidays, and counts adjusted working days.
 */
public interface WorkingTime {

    /** The instant reached after {@code minutes} of working time from {@code start}. */
    Instant plusWorkingMinutes(Instant start, long minutes);

    /** Working minutes between two instants (0 when {@code to} is not after {@code from}). */
    long workingMinutesBetween(Instant from, Instant to);

    /** The zone whose days and office hours the calendar counts (Asia/Shanghai). */
    ZoneId zone();

    /** Working minutes in one working day (e.g. 480 for 8 hours). */
    long workingMinutesPerDay();

    /**
     * Whether working time between the two instants was counted without a published holiday
     * schedule for some year in between (Monday to Friday instead), so the result may be wrong.
     */
    boolean calendarMissing(Instant from, Instant to);

    /**
     * The opening of the first working day after the (local) day of {@code at}: when a deadline
     * that fell on that day turns red.
     */
    Instant startOfNextWorkingDay(Instant at);
}
