package org.gridgov.dashboard.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** An inclusive range of calendar days (local time of the city). At most a little over two years. */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 800;

    public Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a period may span at most " + MAX_DAYS + " days");
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    /** The calendar month this period is exactly, if it is one (the dashboard's usual period). */
    public java.util.Optional<YearMonth> wholeMonth() {
        YearMonth month = YearMonth.from(from);
        return from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth()) ? java.util.Optional.of(month) : java.util.Optional.empty();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
