package org.gridgov.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A year without a published holiday schedule counts Monday to Friday, and says so. */
class MissingCalendarYearTest {

    private final WorkingCalendar china = WorkingCalendar.china();

    @Test
    void aDeadlineReachingAnUnpublishedYearCountsMondayToFriday() {
        Instant wednesdayTen = Instant.parse("2026-12-30T02:00:00Z"); // 10:00 in Zibo
        Instant due = china.addWorkingDays(wednesdayTen, 3);

        // Thursday 31 December, Friday 1 January (元旦, but 2027 is not published), then Monday
        assertThat(due).isEqualTo(Instant.parse("2027-01-04T02:00:00Z"));
        assertThat(china.missingYears(wednesdayTen, due)).containsExactly(2027);
    }

    @Test
    void aDeadlineWithinPublishedYearsIsNotFlagged() {
        Instant from = Instant.parse("2026-11-30T02:00:00Z");
        assertThat(china.missingYears(from, china.addWorkingDays(from, 5))).isEmpty();
    }

    @Test
    void everyUnpublishedYearInBetweenIsNamed() {
        WorkingCalendar only2025 = WorkingCalendar.china(OfficeHours.DEFAULT,
                PublicHolidays.of(List.of(new CalendarDay(LocalDate.parse("2025-01-01"), DayKind.HOLIDAY, "元旦"))));
        assertThat(only2025.missingYears(Instant.parse("2025-06-01T00:00:00Z"), Instant.parse("2027-06-01T00:00:00Z")))
                .containsExactly(2026, 2027);
    }

    @Test
    void aYearPublishedWithoutAnyEntryIsKnownAndFollowsTheWeeklyRule() {
        PublicHolidays known = PublicHolidays.of(List.of(), Set.of(2030), Map.of(2030, "a notice"));
        WorkingCalendar calendar = WorkingCalendar.china(OfficeHours.DEFAULT, known);
        Instant from = Instant.parse("2030-03-04T02:00:00Z");

        assertThat(calendar.missingYears(from, calendar.addWorkingDays(from, 2))).isEmpty();
        assertThat(known.notice(2030)).isEqualTo("a notice");
    }

    @Test
    void theBundledFileNamesEachYearsNotice() throws Exception {
        PublicHolidays china = PublicHolidays.china();
        assertThat(china.notice(2025)).contains("国办发明电〔2024〕12号");
        assertThat(china.notice(2026)).contains("国务院办公厅关于2026年部分节假日安排的通知");
        assertThat(china.covers(2027)).as("2027 is not published in the bundled file").isFalse();

        PublicHolidays parsed = PublicHolidays.parse(new StringReader("# notice 2031: 某通知\n"));
        assertThat(parsed.years()).containsExactly(2031);
        assertThat(parsed.days()).isEmpty();
    }
}
