package org.gridgov.dispatch.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The handling clock of a dispatched case. It starts at dispatch (or at a reopen), runs for
 * {@code minutes} of working time (plain time for calendar-hour limits), and yields three
 * instants the scheduler acts on: the yellow warning, the deadline (red, overdue, escalate to the
 * township) and a further full limit later the escalation to the district.
 *
 * <p>The yellow warning comes one working day before the deadline, or a quarter of the limit
 * before it when that is shorter, so a 4-hour case is warned one hour ahead, not at its start.
 *
 * <p>{@code calendarMissing}: the deadline reaches a year whose holiday schedule is not published
 * (or not entered), so it was counted Monday to Friday and may be wrong by the holidays of that year.
 */
public record Deadline(Instant startedAt, long minutes, boolean calendarTime,
                       Instant warnAt, Instant dueAt, Instant districtAt, boolean calendarMissing) {

    public static Deadline starting(Instant start, TimeLimit limit, WorkingTime calendar) {
        return compute(start, limit.minutes(calendar), limit.unit() == LimitUnit.CALENDAR_HOUR, calendar);
    }

    /** The same clock, longer by {@code workingDays}. */
    public Deadline extendedBy(int workingDays, WorkingTime calendar) {
        long extra = calendarTime ? workingDays * 24L * 60 : workingDays * calendar.workingMinutesPerDay();
        return compute(startedAt, minutes + extra, calendarTime, calendar);
    }

    private static Deadline compute(Instant start, long minutes, boolean calendarTime, WorkingTime calendar) {
        long lead = Math.min(calendar.workingMinutesPerDay(), minutes / 4);
        Instant dueAt = plus(start, minutes, calendarTime, calendar);
        // hours that run round the clock do not depend on holidays
        boolean calendarMissing = !calendarTime && calendar.calendarMissing(start, dueAt);
        return new Deadline(start, minutes, calendarTime,
                plus(start, minutes - lead, calendarTime, calendar),
                dueAt,
                plus(start, 2 * minutes, calendarTime, calendar),
                calendarMissing);
    }

    private static Instant plus(Instant start, long minutes, boolean calendarTime, WorkingTime calendar) {
        return calendarTime ? start.plus(Duration.ofMinutes(minutes)) : calendar.plusWorkingMinutes(start, minutes);
    }
}
