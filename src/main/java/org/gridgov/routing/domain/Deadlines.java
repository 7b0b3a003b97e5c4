package org.gridgov.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.gridgov.platform.calendar.WorkingCalendar;

/**
 * A case's time limit and deadline. Ordinary categories count office time on the working calendar;
 * urgent ones (gas leak, road collapse …) count every hour, because the hazard does not wait for
 * Monday: their limit is converted to calendar hours (a working day becomes 24 hours).
 */
public final class Deadlines {

    private final Supplier<WorkingCalendar> calendar;

    public Deadlines(WorkingCalendar calendar) {
        this(() -> calendar);
    }

    /** Deadlines on the calendar {@code current} gives at the moment each one is computed. */
    public Deadlines(Supplier<WorkingCalendar> current) {
        this.calendar = current;
    }

    public TimeLimit limitFor(Category category) {
        TimeLimit limit = category.limit();
        if (!category.urgent()) {
            return limit;
        }
        int hours = limit.unit() == LimitUnit.WORKING_DAY ? limit.value() * 24 : limit.value();
        return new TimeLimit(hours, LimitUnit.CALENDAR_HOUR);
    }

    public Instant deadline(Category category, Instant from) {
        TimeLimit limit = limitFor(category);
        return switch (limit.unit()) {
            case CALENDAR_HOUR -> from.plus(Duration.ofHours(limit.value()));
            case WORKING_HOUR -> calendar.get().addWorkingHours(from, limit.value());
            case WORKING_DAY -> calendar.get().addWorkingDays(from, limit.value());
        };
    }
}
