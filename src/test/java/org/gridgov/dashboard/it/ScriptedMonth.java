package org.gridgov.dashboard.it;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Random;

/**
 * The month of the past in which a dashboard test scripts its cases, as the city's wall clock
 * reads it. Other tests' cases happen "now", so they never reach its figures; and each test class
 * draws its month from a decade of its own, so that two classes of one suite never share a month
 * and one's cases never count in the other's city figures.
 */
record ScriptedMonth(LocalDate first) {

    private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    /** A random month of the ten years from {@code firstYear}: give each test class its own decade. */
    static ScriptedMonth inDecade(int firstYear, Random random) {
        return new ScriptedMonth(LocalDate.of(firstYear + random.nextInt(10), 1 + random.nextInt(12), 1));
    }

    /** An instant of the month, as the API and the topics write it; a day past the month's end is its last day. */
    String at(int day, int hour) {
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth())).atTime(hour, 0).atZone(CITY_ZONE).toInstant().toString();
    }

    /** An instant of the month after. */
    String nextMonth(int day, int hour) {
        return next().at(day, hour);
    }

    /** The month as the stats API's query parameters. */
    String period() {
        return "from=" + first + "&to=" + first.withDayOfMonth(first.lengthOfMonth());
    }

    /** The month after as the stats API's query parameters. */
    String nextPeriod() {
        return next().period();
    }

    /** The month as the console's month picker and the rankings write it, e.g. 2007-03. */
    String yearMonth() {
        return String.format("%d-%02d", first.getYear(), first.getMonthValue());
    }

    OffsetDateTime start() {
        return first.atStartOfDay(CITY_ZONE).toOffsetDateTime();
    }

    OffsetDateTime end() {
        return next().start();
    }

    private ScriptedMonth next() {
        return new ScriptedMonth(first.plusMonths(1));
    }
}
