package org.gridgov.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.Grouping;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.time.DateBounds;

/** Parses and checks the query parameters shared by the stats endpoints; bad input is a 400 naming the field. */
final class StatsParams {

    private StatsParams() {}

    static AreaCode area(String code, String cityCode) {
        return AreaCode.parse(code, cityCode).orElseThrow(() -> Problem.badRequest("code",
                "not an area of the city: use the city (" + cityCode + "), a district (6 digits), township (9), community (12) or grid (15) code"));
    }

    /** Defaults to the current month of the city. */
    static Period period(String from, String to, Clock clock, ZoneId zone) {
        YearMonth current = YearMonth.from(clock.instant().atZone(zone));
        LocalDate start = from == null || from.isBlank() ? current.atDay(1) : date("from", from);
        LocalDate end = to == null || to.isBlank() ? (from == null || from.isBlank() ? current.atEndOfMonth() : YearMonth.from(start).atEndOfMonth()) : date("to", to);
        try {
            return new Period(start, end);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("from", e.getMessage());
        }
    }

    static YearMonth month(String month, Clock clock, ZoneId zone) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(clock.instant().atZone(zone));
        }
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("month", "expected YYYY-MM");
        }
        if (!DateBounds.contains(parsed)) {
            throw Problem.badRequest("month", "must lie " + DateBounds.RANGE);
        }
        return parsed;
    }

    static Grouping grouping(String by) {
        if (by == null || by.isBlank()) {
            return Grouping.NONE;
        }
        return Grouping.fromApiName(by).filter(g -> g != Grouping.NONE)
                .orElseThrow(() -> Problem.badRequest("by", "one of grid, township, category, department, day"));
    }

    static Metric metric(String name, Metric fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        return Metric.fromApiName(name).orElseThrow(() -> Problem.badRequest("metric", "unknown metric " + name));
    }

    static int bounded(String field, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw Problem.badRequest(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    private static LocalDate date(String field, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(field, "expected a date YYYY-MM-DD");
        }
        if (!DateBounds.contains(date)) {
            throw Problem.badRequest(field, "must lie " + DateBounds.RANGE);
        }
        return date;
    }
}
