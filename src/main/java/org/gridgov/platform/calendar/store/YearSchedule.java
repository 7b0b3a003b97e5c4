package org.gridgov.platform.calendar.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.calendar.CalendarDay;
import org.gridgov.platform.calendar.DayKind;
import org.gridgov.platform.problem.Problem;

/** One year's schedule as an administrator sent it, checked field by field before anything is stored. */
record YearSchedule(int year, String notice, List<CalendarDay> days) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;
    static final int MAX_NOTICE = 300;
    static final int MAX_NAME = 100;

    /** A day as it arrived: every part may be missing or malformed. */
    record Entry(String date, String kind, String name) {
    }

    static int year(String text) {
        int year;
        try {
            year = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw Problem.badRequest("year", "year must be a number between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Problem.badRequest("year", "year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return year;
    }

    /** The schedule, or a 400 naming every bad field ({@code days[3].date}, …). */
    static YearSchedule validate(int year, String notice, List<Entry> entries) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (notice != null && notice.length() > MAX_NOTICE) {
            errors.add(new Problem.FieldError("notice", "notice must be at most " + MAX_NOTICE + " characters"));
        }
        if (entries == null) {
            errors.add(new Problem.FieldError("days", "days is required (an empty list for a year without holidays)"));
        } else if (entries.size() > 366) {
            errors.add(new Problem.FieldError("days", "a year has at most 366 days"));
        }
        List<CalendarDay> days = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; entries != null && entries.size() <= 366 && i < entries.size(); i++) {
            String field = "days[" + i + "]";
            Entry entry = entries.get(i);
            if (entry == null) {
                errors.add(new Problem.FieldError(field, "an entry is required"));
                continue;
            }
            LocalDate date = date(entry.date(), year, field + ".date", errors);
            DayKind kind = kind(entry.kind(), field + ".kind", errors);
            if (entry.name() != null && entry.name().length() > MAX_NAME) {
                errors.add(new Problem.FieldError(field + ".name", "name must be at most " + MAX_NAME + " characters"));
            }
            if (date == null || kind == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(date, i);
            if (earlier != null) {
                errors.add(new Problem.FieldError(field + ".date", date + " is listed twice (also days[" + earlier + "])"));
                continue;
            }
            if (kind == DayKind.WORKDAY && !isWeekend(date)) {
                errors.add(new Problem.FieldError(field + ".kind",
                        "an adjusted working day (workday) falls on a Saturday or Sunday; " + date + " is a weekday"));
                continue;
            }
            days.add(new CalendarDay(date, kind, entry.name()));
        }
        if (!errors.isEmpty()) {
            throw new Problem(400, "Bad Request", errors.get(0).message(), errors);
        }
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return new YearSchedule(year, notice == null ? "" : notice.strip(), days);
    }

    private static LocalDate date(String text, int year, String field, List<Problem.FieldError> errors) {
        if (text == null) {
            errors.add(new Problem.FieldError(field, "date is required (yyyy-MM-dd)"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() != year) {
                errors.add(new Problem.FieldError(field, date + " is not in " + year));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "date must be an ISO date yyyy-MM-dd"));
            return null;
        }
    }

    private static DayKind kind(String text, String field, List<Problem.FieldError> errors) {
        if ("holiday".equals(text)) {
            return DayKind.HOLIDAY;
        }
        if ("workday".equals(text)) {
            return DayKind.WORKDAY;
        }
        errors.add(new Problem.FieldError(field, "kind must be holiday or workday (调休上班)"));
        return null;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
