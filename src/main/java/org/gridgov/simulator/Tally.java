package org.gridgov.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulator did and what the platform answered, counted as the dashboard counts it: cases
 * (distinct new cases its reports opened), registrations, returns, closes (each close, again after a
 * reopen), ratings. Thread-safe.
 */
public final class Tally {

    public enum Count {
        WORKER_REPORTS, CITIZEN_REPORTS, SIGHTINGS, REPORT_ERRORS, CASES, LINKED_TO_EARLIER_CASE, REGISTERED,
        REJECTED, RETURNED, ARBITRATED, ACCEPTED, RESOLVED, RESOLVED_LATE_PLANNED, CHECKS_FAILED, VERIFIED, CLOSED,
        RATED, ACTION_ERRORS, NO_DISPATCHER, GAVE_UP
    }

    private final Map<Count, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> noDispatcher = new ConcurrentHashMap<>();
    private final Set<String> openedCases = ConcurrentHashMap.newKeySet();
    private final Set<String> joinedCases = ConcurrentHashMap.newKeySet();
    private final AtomicLong firstReportNanos = new AtomicLong();
    private final AtomicLong lastReportNanos = new AtomicLong();
    private final AtomicLong stillMoving = new AtomicLong();

    void add(Count count) {
        counts.computeIfAbsent(count, c -> new AtomicLong()).incrementAndGet();
    }

    void reportSent(Reporter reporter, boolean sighting) {
        long now = System.nanoTime();
        firstReportNanos.compareAndSet(0, now);
        lastReportNanos.accumulateAndGet(now, Math::max);
        add(sighting ? Count.SIGHTINGS : reporter == Reporter.WORKER ? Count.WORKER_REPORTS : Count.CITIZEN_REPORTS);
    }

    /** An event's first report opened this case. */
    void opened(String caseId) {
        add(Count.CASES);
        openedCases.add(caseId);
    }

    /** An event's first report joined this case, which it did not open. */
    void joined(String caseId) {
        add(Count.LINKED_TO_EARLIER_CASE);
        joinedCases.add(caseId);
    }

    /**
     * The cases events joined that no event of this run opened: open before the run (demo data, an
     * earlier run), left as they were.
     */
    public Set<String> joinedFromBefore() {
        Set<String> before = new TreeSet<>(joinedCases);
        before.removeAll(openedCases);
        return before;
    }

    void noDispatcherFor(String department) {
        add(Count.NO_DISPATCHER);
        noDispatcher.computeIfAbsent(department, d -> new AtomicLong()).incrementAndGet();
    }

    /** The events still moving when the run stopped waiting (--settle ran out). */
    void stillMoving(long events) {
        stillMoving.set(events);
    }

    public long stillMoving() {
        return stillMoving.get();
    }

    public long get(Count count) {
        AtomicLong value = counts.get(count);
        return value == null ? 0 : value.get();
    }

    public long reports() {
        return get(Count.WORKER_REPORTS) + get(Count.CITIZEN_REPORTS) + get(Count.SIGHTINGS);
    }

    public long errors() {
        return get(Count.REPORT_ERRORS) + get(Count.ACTION_ERRORS) + get(Count.GAVE_UP);
    }

    /** Reports accepted per second of real time between the first and the last one. */
    public double reportsPerSecond() {
        long span = lastReportNanos.get() - firstReportNanos.get();
        return span <= 0 ? reports() : reports() / (span / 1e9);
    }

    public String summary(Duration took) {
        Map<String, Long> left = new TreeMap<>();
        noDispatcher.forEach((department, n) -> left.put(department, n.get()));
        return String.format("""
                reports sent      %d (worker %d, citizen %d, repeated sightings %d), refused or failed %d
                reports/s         %.1f
                cases             %d new (%d events joined a case already open, an earlier event's or one from before the run)
                joined cases from before the run, left as they were: %d%s
                registered        %d, rejected %d
                returned          %d (assigned again by the township %d)
                accepted          %d, resolved %d (%d planned late)
                checks failed     %d, verified %d
                closed            %d
                rated             %d
                left unhandled    %d%s (no dispatcher account; set GRIDGOV_ADMIN_PASSWORD to add them)
                action errors     %d, cases given up %d
                took              %s
                """,
                reports(), get(Count.WORKER_REPORTS), get(Count.CITIZEN_REPORTS), get(Count.SIGHTINGS), get(Count.REPORT_ERRORS),
                reportsPerSecond(), get(Count.CASES), get(Count.LINKED_TO_EARLIER_CASE),
                joinedFromBefore().size(), joinedFromBefore().isEmpty() ? "" : " " + joinedFromBefore(), get(Count.REGISTERED), get(Count.REJECTED),
                get(Count.RETURNED), get(Count.ARBITRATED), get(Count.ACCEPTED), get(Count.RESOLVED),
                get(Count.RESOLVED_LATE_PLANNED), get(Count.CHECKS_FAILED), get(Count.VERIFIED), get(Count.CLOSED),
                get(Count.RATED), get(Count.NO_DISPATCHER), left.isEmpty() ? "" : " " + left,
                get(Count.ACTION_ERRORS), get(Count.GAVE_UP), took.withNanos(0).toString().substring(2).toLowerCase());
    }
}
