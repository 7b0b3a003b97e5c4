package org.gridgov.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The dates a client may ask about. Java parses years up to ±999,999,999 while PostgreSQL stops at
 * 294,276 (timestamps) and 5,874,897 (dates), so an unchecked {@code from=+99999-01-01} became a
 * 500 in SQL. Anything outside 1900–9999 is refused before it reaches a query.
 */
public final class DateBounds {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    public static final String RANGE = "between 1900-01-01 and 9999-12-31";

    private DateBounds() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean contains(YearMonth month) {
        return contains(month.atDay(1));
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
