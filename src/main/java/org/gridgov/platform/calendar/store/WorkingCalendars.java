package org.gridgov.platform.calendar.store;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.SortedSet;
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

    private final CalendarTable table;
    private final OfficeHours hours;
    private volatile boolean seeded;
    private volatile Loaded loaded;

    WorkingCalendars(CalendarTable table, @Value("${gridgov.calendar.office-hours:}") String officeHours) {
        this.table = table;
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

    @EventListener
    void onStartup(StartupEvent event) {
        ensureSeeded();
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
