package org.gridgov.platform.calendar.store;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.SortedSet;
import java.util.TreeSet;
import org.gridgov.platform.calendar.OfficeHours;
import org.gridgov.platform.calendar.PublicHolidays;
import org.gridgov.platform.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working calendar every service computes deadlines on, as the database holds it now.
 *
 * <p>Routing and dispatch may run in different processes, and an administrator may change a year in
 * any of them. Each {@link #current()} reads the one-row revision counter that every change raises
 * in its own transaction, and reloads the table only when the counter moved: a deadline computed
 * after a change has committed is computed on the changed calendar, in every process, with no
 * message to lose and no cache period to wait out. The price is one primary-key read per call.
 *
 * <p>Office hours are configured once for the whole platform: {@code gridgov.calendar.office-hours}
 * (e.g. {@code 08:30-12:00,13:30-17:30}; unset means {@link OfficeHours#DEFAULT}).
 */
@Singleton
public class WorkingCalendars {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendars.class);

    private record Loaded(long revision, WorkingCalendar calendar) {
    }

    /** From this day on, next year's schedule is expected. */
    public static final MonthDay NEXT_YEAR_EXPECTED = MonthDay.of(11, 1);

    private final CalendarTable table;
    private final Clock clock;
    private final OfficeHours hours;
    private volatile boolean seeded;
    private volatile Loaded loaded;

    WorkingCalendars(CalendarTable table, Clock clock, @Value("${gridgov.calendar.office-hours:}") String officeHours) {
        this.table = table;
        this.clock = clock;
        // a placeholder default cannot hold colons, hence blank means the default
        this.hours = officeHours == null || officeHours.isBlank() ? OfficeHours.DEFAULT : OfficeHours.parse(officeHours);
    }

    public WorkingCalendar current() {
        ensureSeeded();
        long revision = table.revision();
        Loaded known = loaded;
        if (known == null || known.revision() != revision) {
            CalendarTable.Snapshot snapshot = table.read();
            known = new Loaded(snapshot.revision(), WorkingCalendar.china(hours, snapshot.holidays()));
            loaded = known;
        }
        return known.calendar();
    }

    public OfficeHours officeHours() {
        return hours;
    }

    /**
     * Whether a span computed on {@code calendar} reached a year without a published schedule (it was
     * then counted Monday to Friday); says so in the log, naming {@code what} was computed.
     */
    public static boolean flagMissing(WorkingCalendar calendar, Instant from, Instant to, String what) {
        SortedSet<Integer> missing = calendar.missingYears(from, to);
        if (missing.isEmpty()) {
            return false;
        }
        LOG.warn("{} from {} to {} reaches {} with no holiday calendar: counted Monday to Friday. "
                + "Enter the State Council's schedule with PUT /api/v1/calendar/{year}", what, from, to, missing);
        return true;
    }

    /**
     * The years whose schedule is missing and already needed at {@code now}: this year, and from
     * 1 November (the State Council usually publishes in November) also next year.
     */
    public SortedSet<Integer> missingYearsDue(Instant now) {
        WorkingCalendar calendar = current();
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        SortedSet<Integer> missing = new TreeSet<>();
        if (!calendar.holidays().covers(today.getYear())) {
            missing.add(today.getYear());
        }
        if (!MonthDay.from(today).isBefore(NEXT_YEAR_EXPECTED) && !calendar.holidays().covers(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        return missing;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        ensureSeeded();
        SortedSet<Integer> missing = missingYearsDue(clock.instant());
        if (!missing.isEmpty()) {
            LOG.warn("no holiday calendar for {}: deadlines reaching it count Monday to Friday and are flagged "
                    + "calendarMissing. Enter the State Council's schedule with PUT /api/v1/calendar/{year}", missing);
        }
    }

    /** Adds the bundled years the table does not have; before the first deadline, once per process. */
    private void ensureSeeded() {
        if (seeded) {
            return;
        }
        synchronized (this) {
            if (seeded) {
                return;
            }
            PublicHolidays bundled = PublicHolidays.china();
            for (int year : bundled.years()) {
                if (table.seed(year, bundled.notice(year), bundled.daysOf(year))) {
                    LOG.info("working calendar {} added from the bundled file ({})", year, bundled.notice(year));
                }
            }
            seeded = true;
        }
    }
}
