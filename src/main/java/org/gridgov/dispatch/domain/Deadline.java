package org.gridgov.dispatch.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A phase's clock: the department's handling (处置) from dispatch or a reopen, or the township's
 * verification (核查) and closing (结案). It runs for {@code minutes} of working time (plain time
 * for calendar-hour limits) and yields the instants the scheduler acts on: the yellow warning, the
 * deadline itself (past it the case is overdue), {@code redAt} the red mark (and, for handling,
 * 督办 to the township) and a further full limit after the start the escalation to the district.
 *
 * <p>Red comes on the first working day after the deadline, as the Shandong hotline rule says: a
 * deadline at the close of office hours turns red when the office opens next; one that falls during
 * a day turns red the next working morning. Round-the-clock (calendar-hour) limits turn red at the
 * deadline itself.
 *
 * <p>The yellow warning comes one working day before the deadline, or a quarter of the limit
 * before it when that is shorter, so a 4-hour case is warned one hour ahead, not at its start.
 *
 * <p>{@code calendarMissing}: the deadline reaches a year whose holiday schedule is not published
 * (or not entered), so it was counted Monday to Friday and may be wrong by the holidays of that year.
 */
public record Deadline(Instant startedAt, long minutes, boolean calendarTime,
                       Instant warnAt, Instant dueAt, Instant districtAt, boolean calendarMissing,
                       Instant redAt) {

    public Deadline {
        if (redAt == null) {
            redAt = dueAt; // stored before red waited for the next working day
        }
    }

    public static Deadline starting(Instant start, TimeLimit limit, WorkingTime calendar) {
        return compute(start, limit.minutes(calendar), limit.unit() == LimitUnit.CALENDAR_HOUR, calendar);
    }

    /** The same clock, longer by {@code workingDays}. */
    public Deadline extendedBy(int workingDays, WorkingTime calendar) {
        long extra = calendarTime ? workingDays * 24L * 60 : workingDays * calendar.workingMinutesPerDay();
        return compute(startedAt, minutes + extra, calendarTime, calendar);
    }

    /**
     * The same clock, longer by the time it stood still from {@code from} to {@code to} (缓办 / 挂账):
     * the working time between them, or the plain time for a round-the-clock limit.
     */
    public Deadline pausedBetween(Instant from, Instant to, WorkingTime calendar) {
        long paused = calendarTime ? Math.max(0, Duration.between(from, to).toMinutes())
                : calendar.workingMinutesBetween(from, to);
        return compute(startedAt, minutes + paused, calendarTime, calendar);
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
                calendarMissing,
                calendarTime ? dueAt : calendar.startOfNextWorkingDay(dueAt));
    }

    /** The signal of this clock at {@code now}: red from {@link #redAt()}, yellow from the warning. */
    public Warning signalAt(Instant now) {
        if (!now.isBefore(redAt)) {
            return Warning.RED;
        }
        return now.isBefore(warnAt) ? Warning.NONE : Warning.YELLOW;
    }

    private static Instant plus(Instant start, long minutes, boolean calendarTime, WorkingTime calendar) {
        return calendarTime ? start.plus(Duration.ofMinutes(minutes)) : calendar.plusWorkingMinutes(start, minutes);
    }
}
