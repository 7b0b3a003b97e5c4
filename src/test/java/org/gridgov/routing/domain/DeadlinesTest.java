package org.gridgov.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import org.gridgov.platform.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines(WorkingCalendar.china());
    private final CategoryTable categories = bundled();

    static CategoryTable bundled() {
        try (var in = new InputStreamReader(DeadlinesTest.class.getResourceAsStream("/reference/categories.csv"),
                StandardCharsets.UTF_8)) {
            return CategoryTable.parse(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant beijing(String text) {
        return LocalDateTime.parse(text).atZone(WorkingCalendar.CHINA).toInstant();
    }

    @Test
    void theBundledTableHasEveryCategoryWithAKnownUnit() {
        assertThat(categories.all()).hasSize(32);
        assertThat(categories.find("0102").orElseThrow().limit()).isEqualTo(new TimeLimit(4, LimitUnit.WORKING_HOUR));
        assertThat(categories.covers(new CategorySelector("06"))).isTrue();
        assertThat(categories.covers(new CategorySelector("99"))).isFalse();
    }

    @Test
    void exposedGarbageReportedOnFridayAfternoonIsDueOnMonday() {
        // 0102 暴露垃圾: 4 working hours; Friday 16:00 leaves 1.5 h, 2.5 h on Monday morning
        Category garbage = categories.find("0102").orElseThrow();
        assertThat(deadlines.deadline(garbage, beijing("2025-03-14T16:00"))).isEqualTo(beijing("2025-03-17T11:00"));
    }

    @Test
    void illegalPostersReportedBeforeTheNationalDayHolidayAreDueAfterIt() {
        // 0201 违章张贴小广告: 1 working day; 2025-10-01..08 off
        Category posters = categories.find("0201").orElseThrow();
        assertThat(deadlines.deadline(posters, beijing("2025-09-30T10:00"))).isEqualTo(beijing("2025-10-09T10:00"));
    }

    @Test
    void aDeadlineReachingAYearWithoutHolidaysCountsMondayToFridayAndIsFlagged() {
        Category posters = categories.find("0201").orElseThrow(); // 1 working day
        Deadlines.Due due = deadlines.due(posters, beijing("2026-12-31T10:00"));

        assertThat(due.at()).as("1 January 2027 counted as a working day").isEqualTo(beijing("2027-01-01T10:00"));
        assertThat(due.calendarMissing()).isTrue();
        assertThat(deadlines.due(posters, beijing("2026-12-29T10:00")).calendarMissing()).isFalse();
    }

    @Test
    void anUrgentDeadlineCountsEveryHourAndIsNeverFlagged() {
        Category gasLeak = categories.find("0403").orElseThrow();
        assertThat(deadlines.due(gasLeak, beijing("2026-12-31T23:30")).calendarMissing()).isFalse();
    }

    @Test
    void aReportAtNightStartsTheClockAtTheNextOpening() {
        Category road = categories.find("0104").orElseThrow(); // 2 working hours
        assertThat(deadlines.deadline(road, beijing("2025-03-12T22:00"))).isEqualTo(beijing("2025-03-13T10:30"));
    }

    @Test
    void anUrgentCategoryCountsCalendarHoursThroughTheNightAndTheWeekend() {
        Category gasLeak = categories.find("0403").orElseThrow(); // 1 working hour, urgent
        assertThat(gasLeak.priority()).isEqualTo(Priority.URGENT);
        assertThat(deadlines.limitFor(gasLeak)).isEqualTo(new TimeLimit(1, LimitUnit.CALENDAR_HOUR));
        assertThat(deadlines.deadline(gasLeak, beijing("2025-03-15T23:30"))).isEqualTo(beijing("2025-03-16T00:30"));
    }

    @Test
    void anUrgentCategoryWithWorkingDaysCountsTwentyFourHoursADay() {
        Category hazard = categories.find("0701").orElseThrow(); // 1 working day, urgent
        assertThat(deadlines.limitFor(hazard)).isEqualTo(new TimeLimit(24, LimitUnit.CALENDAR_HOUR));
        assertThat(deadlines.deadline(hazard, beijing("2025-10-01T09:00"))).isEqualTo(beijing("2025-10-02T09:00"));
    }

    @Test
    void anOrdinaryCategoryHasNormalPriority() {
        assertThat(categories.find("0101").orElseThrow().priority()).isEqualTo(Priority.NORMAL);
    }
}
