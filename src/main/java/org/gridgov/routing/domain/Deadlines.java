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

    /**
     * A deadline and whether it was counted without a holiday schedule for some year it reaches
     * (Monday to Friday instead, so it may be wrong by that year's holidays).
     */
    public record Due(Instant at, boolean calendarMissing) {
    }

    public Instant deadline(Category category, Instant from) {
        return due(category, from).at();
    }

    public Due due(Category category, Instant from) {
        TimeLimit limit = limitFor(category);
        WorkingCalendar now = calendar.get();
        Instant at = switch (limit.unit()) {
            case CALENDAR_HOUR -> from.plus(Duration.ofHours(limit.value()));
            case WORKING_HOUR -> now.addWorkingHours(from, limit.value());
            case WORKING_DAY -> now.addWorkingDays(from, limit.value());
        };
        // round-the-clock hours do not depend on holidays
        return new Due(at, limit.unit() != LimitUnit.CALENDAR_HOUR && !now.missingYears(from, at).isEmpty());
    }
}
