package org.gridgov.dispatch.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import org.gridgov.dispatch.domain.WorkingTime;
import org.gridgov.platform.calendar.OfficeHours;
import org.gridgov.platform.calendar.WorkingCalendar;

/** Deadlines run on the platform's working calendar (China, office hours, holidays, 调休). */
@Factory
class DispatchCalendar {

    @Singleton
    WorkingTime workingTime(@Value("${gridgov.dispatch.office-hours:}") String officeHours) {
        // e.g. "08:30-12:00,13:30-17:30"; blank means the platform's default office hours
        OfficeHours hours = officeHours == null || officeHours.isBlank() ? OfficeHours.DEFAULT : OfficeHours.parse(officeHours);
        return of(WorkingCalendar.china(hours));
    }

    static WorkingTime of(WorkingCalendar calendar) {
        long perDay = calendar.officeHours().perDay().toMinutes();
        return new WorkingTime() {
            @Override
            public Instant plusWorkingMinutes(Instant start, long minutes) {
                return calendar.addWorkingTime(start, Duration.ofMinutes(minutes));
            }

            @Override
            public long workingMinutesPerDay() {
                return perDay;
            }
        };
    }
}
