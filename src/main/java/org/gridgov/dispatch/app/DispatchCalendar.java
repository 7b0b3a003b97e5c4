package org.gridgov.dispatch.app;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.gridgov.dispatch.domain.WorkingTime;
import org.gridgov.platform.calendar.WorkingCalendar;
import org.gridgov.platform.calendar.store.WorkingCalendars;

/**
 * Deadlines run on the platform's working calendar (China, office hours, holidays, 调休) as the
 * database holds it at the moment each deadline is computed, so an administrator's change applies
 * to every deadline computed after it.
 */
@Factory
class DispatchCalendar {

    @Singleton
    WorkingTime workingTime(WorkingCalendars calendars) {
        return of(calendars::current);
    }

    static WorkingTime of(WorkingCalendar calendar) {
        return of(() -> calendar);
    }

    static WorkingTime of(Supplier<WorkingCalendar> current) {
        return new WorkingTime() {
            @Override
            public Instant plusWorkingMinutes(Instant start, long minutes) {
                return current.get().addWorkingTime(start, Duration.ofMinutes(minutes));
            }

            @Override
            public long workingMinutesBetween(Instant from, Instant to) {
                return to.isAfter(from) ? current.get().workingTimeBetween(from, to).toMinutes() : 0;
            }

            @Override
            public ZoneId zone() {
                return current.get().zone();
            }

            @Override
            public long workingMinutesPerDay() {
                return current.get().officeHours().perDay().toMinutes();
            }

            @Override
            public boolean calendarMissing(Instant from, Instant to) {
                return WorkingCalendars.flagMissing(current.get(), from, to, "case deadline");
            }

            @Override
            public Instant startOfNextWorkingDay(Instant at) {
                WorkingCalendar calendar = current.get();
                LocalDate day = at.atZone(calendar.zone()).toLocalDate().plusDays(1);
                for (int i = 0; i < 366 && !calendar.isWorkingDay(day); i++) {
                    day = day.plusDays(1);
                }
                return day.atTime(calendar.officeHours().periods().get(0).start()).atZone(calendar.zone()).toInstant();
            }
        };
    }
}
