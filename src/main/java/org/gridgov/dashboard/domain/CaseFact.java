package org.gridgov.dashboard.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The dashboard's view of one case as it stands after the newest transition seen. A transition
 * with an older version than {@link #version()} never changes it, so late events cannot roll the
 * case back. An equal version does: one save of a case publishes several transitions with the
 * saved version (register and dispatch, overdue and escalate), in order. A redelivered copy of an
 * event is dropped by the inbox on its eventId before it gets here.
 *
 * <p>{@code roundStartedAt} is when the current round of handling began: the (latest) dispatch, or
 * the reopen (返工) that sent the case back, when the handling clock starts again.
 */
public record CaseFact(
        UUID caseId,
        long version,
        String caseNumber,
        String state,
        String category,
        String priority,
        String source,
        String reporter,
        String department,
        String handler,
        AreaChain area,
        Double lat,
        Double lon,
        Instant reportedAt,
        Instant registeredAt,
        Instant dispatchedAt,
        Instant resolvedAt,
        Boolean resolvedOnTime,
        Instant closedAt,
        Boolean closedOnTime,
        Instant deadline,
        String rating,
        Instant ratedAt,
        String warning,
        Instant roundStartedAt,
        boolean selfResolved) {

    /** A case a department handles (every case before 自处置 existed). */
    public CaseFact(UUID caseId, long version, String caseNumber, String state, String category, String priority,
            String source, String reporter, String department, String handler, AreaChain area, Double lat, Double lon,
            Instant reportedAt, Instant registeredAt, Instant dispatchedAt, Instant resolvedAt, Boolean resolvedOnTime,
            Instant closedAt, Boolean closedOnTime, Instant deadline, String rating, Instant ratedAt, String warning,
            Instant roundStartedAt) {
        this(caseId, version, caseNumber, state, category, priority, source, reporter, department, handler, area, lat,
                lon, reportedAt, registeredAt, dispatchedAt, resolvedAt, resolvedOnTime, closedAt, closedOnTime,
                deadline, rating, ratedAt, warning, roundStartedAt, false);
    }

    public static final String NO_DEPARTMENT = "";

    /** The fact after {@code transition}, or this fact unchanged when the transition is older. */
    public static CaseFact after(CaseFact previous, CaseTransition transition) {
        if (previous != null && transition.version() < previous.version()) {
            return previous;
        }
        Instant registeredAt = previous == null ? null : previous.registeredAt();
        if (registeredAt == null && transition.type().equals("CaseRegistered")) {
            registeredAt = transition.occurredAt();
        }
        Instant ratedAt = null;
        if (transition.rating() != null) {
            ratedAt = previous != null && previous.ratedAt() != null && transition.rating().equals(previous.rating())
                    ? previous.ratedAt()
                    : transition.occurredAt();
        }
        return new CaseFact(
                transition.caseId(),
                transition.version(),
                transition.caseNumber(),
                transition.state(),
                transition.category(),
                transition.priority(),
                transition.source(),
                transition.reporter(),
                transition.department() == null ? NO_DEPARTMENT : transition.department(),
                transition.handler(),
                transition.area(),
                transition.lat(),
                transition.lon(),
                transition.reportedAt(),
                registeredAt,
                transition.dispatchedAt(),
                transition.resolvedAt(),
                transition.resolvedOnTime(),
                transition.closedAt(),
                transition.closedOnTime(),
                transition.deadline(),
                transition.rating(),
                ratedAt,
                transition.warning(),
                roundStartedAt(previous, transition),
                transition.selfResolved());
    }

    private static Instant roundStartedAt(CaseFact previous, CaseTransition transition) {
        if (transition.kind() == TransitionKind.REOPENED) {
            return transition.occurredAt();
        }
        Instant previousDispatch = previous == null ? null : previous.dispatchedAt();
        if (transition.dispatchedAt() != null && !transition.dispatchedAt().equals(previousDispatch)) {
            return transition.dispatchedAt();
        }
        return previous == null || previous.roundStartedAt() == null ? transition.dispatchedAt() : previous.roundStartedAt();
    }

    /** Still to be worked on: neither closed nor rejected. */
    public boolean open() {
        return !state.equals("closed") && !state.equals("rejected");
    }

    /** 缓办 or 挂账: no clock runs, so the case is never overdue while it lasts. */
    public boolean paused() {
        return state.equals("deferred") || state.equals("parked");
    }

    public boolean overdueAt(Instant now) {
        return open() && !paused() && deadline != null && deadline.isBefore(now);
    }
}
