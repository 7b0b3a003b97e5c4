package org.gridgov.dashboard.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * How one transition moves the read model: the case's new fact, the change of its footprint, and
 * for a counted transition (return, reopening, rating, resolution, close, overdue mark) the counts
 * it adds on its own day and the step stored for the once-per-case figures. The caller applies
 * the transition counts only the first time it stores that (case, version, kind), so a
 * redelivered event never counts twice even without the inbox.
 *
 * @param townshipCloseLimit for cases closed before dispatch kept the township's own clocks: the
 *                           time for verification and closing after the department's resolution
 */
public record CaseProjection(ZoneId zone, String cityCode, WorkingTime workingTime, Duration townshipCloseLimit) {

    public record Step(CaseFact next, boolean factChanged, FigureDelta factDelta, FigureDelta transitionDelta,
            CaseStep countedStep) {}

    public Step step(CaseFact previous, CaseTransition transition) {
        CaseFact next = CaseFact.after(previous, transition);
        boolean changed = next != previous;
        FigureDelta factDelta = FigureDelta.between(Footprint.none(), Footprint.none());
        if (changed) {
            Footprint before = endsARound(previous, transition)
                    ? Footprint.replacedByReopen(previous, transition.occurredAt(), zone, cityCode)
                    : Footprint.of(previous, zone, cityCode);
            factDelta = FigureDelta.between(before, Footprint.of(next, zone, cityCode));
        }
        FigureDelta transitionDelta = FigureDelta.between(Footprint.none(), Footprint.none());
        CaseStep counted = null;
        if (transition.kind().counted()) {
            LocalDate day = countedDay(transition);
            Dimensions dims = Dimensions.of(transition.area(), transition.category(), transition.chargedDepartment(), cityCode);
            transitionDelta = FigureDelta.ofTransition(new DailyKey(day, dims), counts(previous, transition));
            counted = new CaseStep(transition.caseId(), transition.version(), transition.kind(), day, transition.area(),
                    transition.category(), transition.chargedDepartment());
        }
        return new Step(next, changed, factDelta, transitionDelta, counted);
    }

    /** A reopen of a case that was resolved or closed: that round's results stay where they were counted. */
    private static boolean endsARound(CaseFact previous, CaseTransition transition) {
        return previous != null && transition.kind() == TransitionKind.REOPENED
                && (previous.resolvedAt() != null || previous.closedAt() != null);
    }

    /** The day a counted transition counts on; an overdue mark counts on the day the deadline passed. */
    private LocalDate countedDay(CaseTransition transition) {
        Instant at = transition.kind() == TransitionKind.OVERDUE && transition.deadline() != null
                ? transition.deadline()
                : transition.occurredAt();
        return at.atZone(zone).toLocalDate();
    }

    private Map<Counter, Long> counts(CaseFact previous, CaseTransition t) {
        Map<Counter, Long> counts = new EnumMap<>(Counter.class);
        switch (t.kind()) {
            case RETURNED -> counts.put(Counter.RETURNED, 1L);
            case REOPENED -> counts.put(Counter.REOPENED, 1L);
            case RATED -> {
                if (t.rating() != null) {
                    counts.put(Counter.RATED, 1L);
                    counts.put(Counter.SATISFIED, t.rating().equals("dissatisfied") ? 0L : 1L);
                }
            }
            case RESOLVED -> {
                // handling runs from the start of this round: the dispatch, or the reopen that sent the case back
                Instant start = previous != null && previous.roundStartedAt() != null ? previous.roundStartedAt() : t.dispatchedAt();
                if (start != null && t.resolvedAt() != null) {
                    counts.put(Counter.HANDLED, 1L);
                    counts.put(Counter.HANDLING_WORKING_MINUTES, Math.max(0, workingTime.between(start, t.resolvedAt()).toMinutes()));
                }
            }
            case CLOSED -> {
                Boolean onTime = townshipClosedOnTime(t);
                if (onTime != null) {
                    counts.put(Counter.TOWNSHIP_CLOSED, 1L);
                    counts.put(Counter.TOWNSHIP_CLOSED_ON_TIME, onTime ? 1L : 0L);
                }
            }
            case VERIFIED -> {
                if (t.verifiedOnTime() != null) {
                    counts.put(Counter.TOWNSHIP_VERIFIED, 1L);
                    counts.put(Counter.TOWNSHIP_VERIFIED_ON_TIME, t.verifiedOnTime() ? 1L : 0L);
                }
            }
            case DEFERRED -> counts.put(Counter.DEFERRED, 1L);
            case PARKED -> counts.put(Counter.PARKED, 1L);
            case OVERDUE, OTHER -> { }
        }
        return counts;
    }

    /**
     * Whether the township closed within its own time; null when the close is not the township's to
     * count. The township verifies and closes a department's work, which a self-resolved case never
     * was. A case closed before dispatch kept a 结案时限 is measured from the resolution against the
     * configured limit.
     */
    private Boolean townshipClosedOnTime(CaseTransition t) {
        if (t.selfResolved()) {
            return null;
        }
        if (t.closingOnTime() != null) {
            return t.closingOnTime();
        }
        if (t.resolvedAt() == null || t.closedAt() == null) {
            return null;
        }
        return workingTime.between(t.resolvedAt(), t.closedAt()).compareTo(townshipCloseLimit) <= 0;
    }
}
