package org.gridgov.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.china();

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.CHINA).toInstant();
    }

    @Test
    void workingHoursWithinOneMorningAddUp() {
        assertThat(calendar.addWorkingHours(beijing("2025-03-12T09:00"), 2)).isEqualTo(beijing("2025-03-12T11:00"));
    }

    @Test
    void lunchBreakDoesNotCount() {
        assertThat(calendar.addWorkingHours(beijing("2025-03-12T11:30"), 1)).isEqualTo(beijing("2025-03-12T14:00"));
        assertThat(calendar.workingTimeBetween(beijing("2025-03-12T11:00"), beijing("2025-03-12T14:00")))
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aDeadlineFallingOnTheEndOfTheMorningStaysAtNoon() {
        assertThat(calendar.addWorkingHours(beijing("2025-03-12T11:00"), 1)).isEqualTo(beijing("2025-03-12T12:00"));
    }

    @Test
    void timeOutsideOfficeHoursStartsCountingAtTheNextOpening() {
        assertThat(calendar.addWorkingHours(beijing("2025-03-12T06:00"), 1)).isEqualTo(beijing("2025-03-12T09:30"));
        assertThat(calendar.addWorkingHours(beijing("2025-03-12T20:00"), 1)).isEqualTo(beijing("2025-03-13T09:30"));
        assertThat(calendar.isWorkingTime(beijing("2025-03-12T12:30"))).isFalse();
        assertThat(calendar.isWorkingTime(beijing("2025-03-12T08:30"))).isTrue();
        assertThat(calendar.isWorkingTime(beijing("2025-03-12T17:30"))).isFalse();
    }

    @Test
    void aWeekendIsSkipped() {
        // Friday 16:30 + 2 h: one hour on Friday, one on Monday morning
        assertThat(calendar.addWorkingHours(beijing("2025-03-14T16:30"), 2)).isEqualTo(beijing("2025-03-17T09:30"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-15"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-16"))).isFalse();
        assertThat(calendar.workingTimeBetween(beijing("2025-03-14T16:00"), beijing("2025-03-17T10:00")))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void aPublicHolidayIsSkipped() {
        // 2025-10-01..08 National Day and Mid-Autumn; Thursday 10-09 is the next working day
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-08"))).isFalse();
        assertThat(calendar.addWorkingHours(beijing("2025-09-30T17:00"), 1)).isEqualTo(beijing("2025-10-09T09:00"));
    }

    @Test
    void aWorkingDayOverSpringFestivalLandsAfterTheHoliday() {
        // 2025-01-28..02-04 Spring Festival
        assertThat(calendar.addWorkingDays(beijing("2025-01-27T10:00"), 1)).isEqualTo(beijing("2025-02-05T10:00"));
    }

    @Test
    void anAdjustedSaturdayIsAWorkingDay() {
        // Saturday 2025-10-11 and Saturday 2026-02-14 are 调休 working days
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-11"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
        assertThat(calendar.addWorkingHours(beijing("2025-10-10T17:00"), 1)).isEqualTo(beijing("2025-10-11T09:00"));
    }

    @Test
    void anAdjustedSundayIsAWorkingDayToo() {
        // Sunday 2026-01-04 after New Year's holiday 01-01..03
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-04"))).isTrue();
        assertThat(calendar.addWorkingHours(beijing("2025-12-31T17:00"), 1)).isEqualTo(beijing("2026-01-04T09:00"));
    }

    @Test
    void oneWorkingDayFromFridayMorningIsMondayMorning() {
        assertThat(calendar.addWorkingDays(beijing("2025-03-14T10:00"), 1)).isEqualTo(beijing("2025-03-17T10:00"));
    }

    @Test
    void oneWorkingDayFromAfterHoursIsTheEndOfTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(beijing("2025-03-14T19:00"), 1)).isEqualTo(beijing("2025-03-17T17:30"));
    }

    @Test
    void countingBackwardsGivesANegativeDuration() {
        assertThat(calendar.workingTimeBetween(beijing("2025-03-12T11:00"), beijing("2025-03-12T10:00")))
                .isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void countingWhatWasAddedGivesItBack() {
        Instant from = beijing("2025-09-26T15:10");
        for (long hours : List.of(1L, 5L, 8L, 30L, 100L)) {
            Instant due = calendar.addWorkingHours(from, hours);
            assertThat(calendar.workingTimeBetween(from, due)).as("%d h", hours).isEqualTo(Duration.ofHours(hours));
        }
    }

    @Test
    void officeHoursAreConfigurable() {
        WorkingCalendar summer = WorkingCalendar.china(OfficeHours.parse("09:00-12:00,14:00-18:00"));
        assertThat(summer.addWorkingHours(beijing("2025-07-01T11:00"), 2)).isEqualTo(beijing("2025-07-01T15:00"));
        assertThat(summer.officeHours().perDay()).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void aCalendarWithoutWorkingDaysRefusesToComputeADeadline() {
        WorkingCalendar never = new WorkingCalendar(WorkingCalendar.CHINA, OfficeHours.DEFAULT,
                EnumSet.allOf(DayOfWeek.class), PublicHolidays.none());
        assertThatThrownBy(() -> never.addWorkingHours(beijing("2025-03-12T09:00"), 1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void overlappingOfficePeriodsAreRefused() {
        assertThatThrownBy(() -> OfficeHours.parse("08:30-12:00,11:00-17:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfficeHours.parse("12:00-08:30")).isInstanceOf(IllegalArgumentException.class);
    }
}
