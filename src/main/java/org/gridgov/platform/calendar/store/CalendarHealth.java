package org.gridgov.platform.calendar.store;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * {@code calendar} in {@code /health}: a warning from 1 November when next year's holiday schedule is
 * not in the table (the State Council usually publishes it in November), and whenever this year's is
 * missing.
 *
 * <p>The status stays UP and the warning is a detail ({@code warning}, {@code missingYears}). A missing
 * calendar is a data gap that an administrator closes with a PUT; DOWN (503) would make load balancers
 * and orchestrators take out or restart every instance, which fixes nothing and stops the city's case
 * handling. A custom status would also become the aggregate one that probes read.
 */
@Singleton
class CalendarHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final WorkingCalendars calendars;
    private final Clock clock;

    CalendarHealth(WorkingCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        SortedSet<Integer> missing = calendars.missingYearsDue(clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("years", List.copyOf(calendars.current().holidays().years()));
        if (!missing.isEmpty()) {
            details.put("warning", "no holiday calendar for " + missing + ": deadlines reaching it count Monday to "
                    + "Friday (calendarMissing); enter the State Council's notice with PUT /api/v1/calendar/{year}");
            details.put("missingYears", List.copyOf(missing));
        }
        return details;
    }

    @Override
    protected String getName() {
        return "calendar";
    }
}
