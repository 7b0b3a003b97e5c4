package org.gridgov.dispatch.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/** A test calendar: Monday to Friday, 09:00–17:00 UTC, no holidays. */
final class OfficeHours implements WorkingTime {

    static final OfficeHours CALENDAR = new OfficeHours();
    private static final LocalTime OPEN = LocalTime.of(9, 0);
    private static final LocalTime CLOSE = LocalTime.of(17, 0);

    @Override
    public Instant plusWorkingMinutes(Instant start, long minutes) {
        LocalDateTime t = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
        long left = minutes;
        while (true) {
            t = nextWorkingMoment(t);
            long untilClose = java.time.Duration.between(t.toLocalTime(), CLOSE).toMinutes();
            if (left <= untilClose) {
                return t.plusMinutes(left).toInstant(ZoneOffset.UTC);
            }
            left -= untilClose;
            t = t.toLocalDate().plusDays(1).atTime(OPEN);
        }
    }

    private static LocalDateTime nextWorkingMoment(LocalDateTime t) {
        while (true) {
            boolean weekend = t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend || !t.toLocalTime().isBefore(CLOSE)) {
                t = t.toLocalDate().plusDays(1).atTime(OPEN);
            } else if (t.toLocalTime().isBefore(OPEN)) {
                return t.toLocalDate().atTime(OPEN);
            } else {
                return t;
            }
        }
    }

    @Override
    public long workingMinutesBetween(Instant from, Instant to) {
        long minutes = 0;
        LocalDateTime t = LocalDateTime.ofInstant(from, ZoneOffset.UTC);
        LocalDateTime end = LocalDateTime.ofInstant(to, ZoneOffset.UTC);
        while (true) {
            t = nextWorkingMoment(t);
            if (!t.isBefore(end)) {
                return minutes;
            }
            LocalDateTime close = t.toLocalDate().atTime(CLOSE);
            LocalDateTime stop = end.isBefore(close) ? end : close;
            minutes += java.time.Duration.between(t, stop).toMinutes();
            t = stop;
        }
    }

    @Override
    public java.time.ZoneId zone() {
        return ZoneOffset.UTC;
    }

    @Override
    public boolean calendarMissing(Instant from, Instant to) {
        return false; // this calendar has no holidays to miss
    }

    @Override
    public Instant startOfNextWorkingDay(Instant at) {
        LocalDateTime next = LocalDateTime.ofInstant(at, ZoneOffset.UTC).toLocalDate().plusDays(1).atTime(OPEN);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next.toInstant(ZoneOffset.UTC);
    }

    @Override
    public long workingMinutesPerDay() {
        return 480;
    }
}
