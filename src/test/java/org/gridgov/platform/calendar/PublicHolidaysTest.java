package org.gridgov.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    @Test
    void theBundledTableCoversTheYearsOfTheStateCouncilNotices() {
        PublicHolidays china = PublicHolidays.china();
        assertThat(china.years()).contains(2025, 2026);
        // 2025: 1 + 8 + 3 + 5 + 3 + 8 days off; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 (国办发明电 notices)
        assertThat(china.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY && d.date().getYear() == 2025)).hasSize(28);
        assertThat(china.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY && d.date().getYear() == 2026)).hasSize(33);
        assertThat(china.entry(LocalDate.parse("2026-02-28")).orElseThrow().kind()).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void everyAdjustedWorkingDayFallsOnAWeekend() {
        PublicHolidays.china().days().stream()
                .filter(day -> day.kind() == DayKind.WORKDAY)
                .forEach(day -> assertThat(day.date().getDayOfWeek().getValue()).as(day.date().toString()).isGreaterThan(5));
    }

    @Test
    void notesAndTheHeaderAreSkipped() throws Exception {
        PublicHolidays parsed = PublicHolidays.parse(new StringReader("# a note\ndate,kind,name\n2030-01-01,holiday,元旦\n"));
        assertThat(parsed.kindOf(LocalDate.parse("2030-01-01"))).contains(DayKind.HOLIDAY);
    }

    @Test
    void aRowWithAnUnknownKindIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> PublicHolidays.parse(new StringReader("date,kind,name\n2030-01-01,vacation,x\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }

    @Test
    void aDateListedTwiceIsRefused() {
        assertThatThrownBy(() -> PublicHolidays.parse(new StringReader("2030-01-01,holiday,a\n2030-01-01,workday,b\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }
}
