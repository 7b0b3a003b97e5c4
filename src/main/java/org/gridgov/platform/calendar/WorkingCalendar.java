package org.gridgov.platform.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Office time for deadlines: office hours on working days, where a working day is a weekday that
 * is not a public holiday, or a weekend day that the holiday table declares an adjusted working day
 * (调休). Framework-free so that every service (routing, dispatch) computes the same deadlines.
 *
 * <p>A "working day" of a time limit is one day's office time ({@link OfficeHours#perDay()}): a case
 * opened on Friday at 10:00 with one working day is due on Monday at 10:00, one opened after office
 * hours is due at the end of the next working day.
 *
 * <p>A year the holiday table does not cover (its State Council notice is not out, or not entered
 * yet) is counted Monday to Friday; {@link #missingYears} tells a caller that a span it computed
 * reaches such a year, so that the result can be flagged rather than silently trusted.
 */
public final class WorkingCalendar {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Guards the day-by-day walk against a calendar without any working day. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    private final ZoneId zone;
    private final OfficeHours hours;
    private final Set<DayOfWeek> weekend;
    private final PublicHolidays holidays;

    public WorkingCalendar(ZoneId zone, OfficeHours hours, Set<DayOfWeek> weekend, PublicHolidays holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** Asia/Shanghai, 08:30–12:00 and 13:30–17:30, Saturday and Sunday off, the bundled national schedule. */
    public static WorkingCalendar china() {
        return china(OfficeHours.DEFAULT);
    }

    public static WorkingCalendar china(OfficeHours hours) {
        return china(hours, PublicHolidays.china());
    }

    /** Asia/Shanghai, Saturday and Sunday off, with the given office hours and holiday table. */
    public static WorkingCalendar china(OfficeHours hours, PublicHolidays holidays) {
        return new WorkingCalendar(CHINA, hours, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    public OfficeHours officeHours() {
        return hours;
    }

    public PublicHolidays holidays() {
        return holidays;
    }

    /**
     * The years between {@code from} and {@code to} (both included, in this calendar's zone) whose
     * holiday schedule is unknown; empty when every day in between was counted on published data.
     */
    public SortedSet<Integer> missingYears(Instant from, Instant to) {
        int first = from.atZone(zone).getYear();
        int last = to.atZone(zone).getYear();
        SortedSet<Integer> missing = new TreeSet<>();
        for (int year = Math.min(first, last); year <= Math.max(first, last); year++) {
            if (!holidays.covers(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    public boolean isWorkingDay(LocalDate date) {
        return holidays.kindOf(date)
                .map(kind -> kind == DayKind.WORKDAY)
                .orElseGet(() -> !weekend.contains(date.getDayOfWeek()));
    }

    public boolean isWorkingTime(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        if (!isWorkingDay(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return hours.periods().stream().anyMatch(p -> !time.isBefore(p.start()) && time.isBefore(p.end()));
    }

    public Instant addWorkingHours(Instant from, long workingHours) {
        return addWorkingTime(from, Duration.ofHours(workingHours));
    }

    public Instant addWorkingDays(Instant from, long workingDays) {
        return addWorkingTime(from, hours.perDay().multipliedBy(workingDays));
    }

    /**
     * The instant at which {@code amount} of office time has passed since {@code from}. Time outside
     * office hours does not count; a result exactly at the end of a period stays there (a deadline at
     * 12:00 is not pushed to 13:30).
     */
    public Instant addWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        ZonedDateTime start = from.atZone(zone);
        LocalDate date = start.toLocalDate();
        LocalTime notBefore = start.toLocalTime();
        Duration remaining = amount;
        for (int day = 0; day < MAX_DAYS_SEARCHED; day++, date = date.plusDays(1), notBefore = LocalTime.MIN) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (OfficeHours.Period period : hours.periods()) {
                LocalTime begin = later(period.start(), notBefore);
                if (!begin.isBefore(period.end())) {
                    continue;
                }
                Duration available = Duration.between(begin, period.end());
                if (remaining.compareTo(available) <= 0) {
                    return date.atTime(begin).plus(remaining).atZone(zone).toInstant();
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS_SEARCHED + " days of " + from);
    }

    /** Office time between two instants; negative when {@code to} is before {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        Duration total = Duration.ZERO;
        for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            LocalTime dayFrom = date.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIN;
            boolean lastDay = date.equals(end.toLocalDate());
            for (OfficeHours.Period period : hours.periods()) {
                LocalTime begin = later(period.start(), dayFrom);
                LocalTime finish = lastDay ? earlier(period.end(), end.toLocalTime()) : period.end();
                if (begin.isBefore(finish)) {
                    total = total.plus(Duration.between(begin, finish));
                }
            }
        }
        return total;
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
