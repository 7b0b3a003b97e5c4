package org.gridgov.dispatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.gridgov.dispatch.domain.Deadline;
import org.gridgov.dispatch.domain.LimitUnit;
import org.gridgov.dispatch.domain.TimeLimit;
import org.gridgov.dispatch.domain.WorkingTime;
import org.gridgov.platform.calendar.OfficeHours;
import org.gridgov.platform.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class DispatchCalendarTest {

    private final WorkingTime calendar = DispatchCalendar.of(WorkingCalendar.china(OfficeHours.DEFAULT));

    @Test
    void oneWorkingDayFromFridayMorningEndsOnMondayMorning() {
        Instant fridayTen = Instant.parse("2026-11-27T02:00:00Z"); // 10:00 in Zibo
        long day = calendar.workingMinutesPerDay();

        assertThat(day).isEqualTo(450);
        assertThat(calendar.plusWorkingMinutes(fridayTen, day)).isEqualTo(Instant.parse("2026-11-30T02:00:00Z"));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        Instant elevenThirty = Instant.parse("2026-11-26T03:30:00Z");
        assertThat(calendar.plusWorkingMinutes(elevenThirty, 60)).isEqualTo(Instant.parse("2026-11-26T06:00:00Z"));
    }

    @Test
    void aDeadlineReachingAYearWithoutHolidaysIsComputedMondayToFridayAndFlagged() {
        Instant wednesdayTen = Instant.parse("2026-12-30T02:00:00Z");
        Deadline deadline = Deadline.starting(wednesdayTen, new TimeLimit(3, LimitUnit.WORKING_DAY), calendar);

        assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2027-01-04T02:00:00Z"));
        assertThat(deadline.calendarMissing()).isTrue();
    }

    @Test
    void aDeadlineWithinPublishedYearsIsNotFlagged() {
        Deadline deadline = Deadline.starting(Instant.parse("2026-12-01T02:00:00Z"),
                new TimeLimit(3, LimitUnit.WORKING_DAY), calendar);
        assertThat(deadline.calendarMissing()).isFalse();
    }

    @Test
    void roundTheClockHoursDoNotDependOnHolidaysAndAreNotFlagged() {
        Deadline deadline = Deadline.starting(Instant.parse("2026-12-31T14:00:00Z"),
                new TimeLimit(24, LimitUnit.CALENDAR_HOUR), calendar);
        assertThat(deadline.calendarMissing()).isFalse();
    }
}
