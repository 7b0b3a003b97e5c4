package org.gridgov.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One row of the holiday table: a date, whether it is a holiday or an adjusted working day, and why. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }
}
