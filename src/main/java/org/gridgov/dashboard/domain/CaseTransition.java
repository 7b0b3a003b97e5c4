package org.gridgov.dashboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event of {@code gridgov.cases.v1}, as the dashboard needs it: the type plus the case after it.
 * {@code verifiedOnTime} / {@code closingOnTime}: the township verified / closed within its own
 * 核查时限 / 结案时限 (null on events from before dispatch had those clocks).
 */
public record CaseTransition(
        String type,
        Instant occurredAt,
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
        Instant dispatchedAt,
        Instant resolvedAt,
        Boolean resolvedOnTime,
        Instant closedAt,
        Boolean closedOnTime,
        Instant deadline,
        String rating,
        String warning,
        List<String> returnedBy,
        Boolean verifiedOnTime,
        Boolean closingOnTime,
        boolean selfResolved) {

    /**
     * A transition of a case a department handles (every case before 自处置 existed), without the
     * township's phase outcomes.
     */
    public CaseTransition(String type, Instant occurredAt, UUID caseId, long version, String caseNumber, String state,
            String category, String priority, String source, String reporter, String department, String handler,
            AreaChain area, Double lat, Double lon, Instant reportedAt, Instant dispatchedAt, Instant resolvedAt,
            Boolean resolvedOnTime, Instant closedAt, Boolean closedOnTime, Instant deadline, String rating,
            String warning, List<String> returnedBy) {
        this(type, occurredAt, caseId, version, caseNumber, state, category, priority, source, reporter, department,
                handler, area, lat, lon, reportedAt, dispatchedAt, resolvedAt, resolvedOnTime, closedAt, closedOnTime,
                deadline, rating, warning, returnedBy, null, null, false);
    }

    /**
     * A worker's own fix on the spot (自处置) is no department's resolution: it is counted apart
     * ({@link Counter#SELF_RESOLVED}), not in handling time or 返工率's basis.
     */
    public TransitionKind kind() {
        return switch (type) {
            case "CaseVerified", "CaseVerificationFailed" -> TransitionKind.VERIFIED;
            // the township's own verification or closing turning red is not the department's 超期
            case "CaseOverdue" -> state.equals("dispatched") || state.equals("accepted")
                    ? TransitionKind.OVERDUE : TransitionKind.OTHER;
            case "CaseReturned" -> TransitionKind.RETURNED;
            case "CaseReopened" -> TransitionKind.REOPENED;
            case "CaseRated" -> TransitionKind.RATED;
            case "CaseResolved" -> selfResolved ? TransitionKind.OTHER : TransitionKind.RESOLVED;
            case "CaseClosed" -> TransitionKind.CLOSED;
            case "CaseDeferred" -> TransitionKind.DEFERRED;
            case "CaseParked" -> TransitionKind.PARKED;
            default -> TransitionKind.OTHER;
        };
    }

    /** The unit a counted transition is charged to: the returning unit for a return. */
    public String chargedDepartment() {
        if (kind() == TransitionKind.RETURNED && returnedBy != null && !returnedBy.isEmpty()) {
            return returnedBy.get(returnedBy.size() - 1);
        }
        return department == null ? CaseFact.NO_DEPARTMENT : department;
    }
}
