package org.gridgov.dashboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Fixtures: transitions of one case, each a copy of the previous with a few fields changed. */
final class Cases {

    static final AreaChain FENGSHUI_GRID = new AreaChain("370303102001001", "370303102001", "370303102", "370303");
    static final AreaChain OTHER_TOWNSHIP_GRID = new AreaChain("370303001002003", "370303001002", "370303001", "370303");

    private Cases() {}

    static CaseTransition reported(UUID id, AreaChain area, String at) {
        return new CaseTransition("CaseReported", Instant.parse(at), id, 1, "ZB-2026-000001", "reported", "0102",
                "normal", "worker", "worker", null, null, area, 36.8, 118.0, Instant.parse(at), null, null, null,
                null, null, null, null, "none", List.of());
    }

    static CaseTransition next(CaseTransition t, String type, String state, String at) {
        return new CaseTransition(type, Instant.parse(at), t.caseId(), t.version() + 1, t.caseNumber(), state,
                t.category(), t.priority(), t.source(), t.reporter(), t.department(), t.handler(), t.area(), t.lat(),
                t.lon(), t.reportedAt(), t.dispatchedAt(), t.resolvedAt(), t.resolvedOnTime(), t.closedAt(),
                t.closedOnTime(), t.deadline(), t.rating(), t.warning(), t.returnedBy());
    }

    /** The same transition stamped with another version: dispatch stamps every step of one save with the saved version. */
    static CaseTransition savedAs(CaseTransition t, long version) {
        return new CaseTransition(t.type(), t.occurredAt(), t.caseId(), version, t.caseNumber(), t.state(),
                t.category(), t.priority(), t.source(), t.reporter(), t.department(), t.handler(), t.area(), t.lat(),
                t.lon(), t.reportedAt(), t.dispatchedAt(), t.resolvedAt(), t.resolvedOnTime(), t.closedAt(),
                t.closedOnTime(), t.deadline(), t.rating(), t.warning(), t.returnedBy());
    }

    static CaseTransition dispatched(CaseTransition t, String department, String at, String deadline) {
        CaseTransition n = next(t, "CaseDispatched", "dispatched", at);
        return new CaseTransition(n.type(), n.occurredAt(), n.caseId(), n.version(), n.caseNumber(), n.state(),
                n.category(), n.priority(), n.source(), n.reporter(), department, n.handler(), n.area(), n.lat(),
                n.lon(), n.reportedAt(), n.occurredAt(), null, null, null, null, Instant.parse(deadline), null,
                n.warning(), n.returnedBy());
    }

    static CaseTransition resolved(CaseTransition t, String at, boolean onTime) {
        CaseTransition n = next(t, "CaseResolved", "resolved", at);
        return new CaseTransition(n.type(), n.occurredAt(), n.caseId(), n.version(), n.caseNumber(), n.state(),
                n.category(), n.priority(), n.source(), n.reporter(), n.department(), n.handler(), n.area(), n.lat(),
                n.lon(), n.reportedAt(), n.dispatchedAt(), n.occurredAt(), onTime, null, null, n.deadline(), null,
                n.warning(), n.returnedBy());
    }

    static CaseTransition closed(CaseTransition t, String at, boolean onTime) {
        CaseTransition n = next(t, "CaseClosed", "closed", at);
        return new CaseTransition(n.type(), n.occurredAt(), n.caseId(), n.version(), n.caseNumber(), n.state(),
                n.category(), n.priority(), n.source(), n.reporter(), n.department(), n.handler(), n.area(), n.lat(),
                n.lon(), n.reportedAt(), n.dispatchedAt(), n.resolvedAt(), n.resolvedOnTime(), n.occurredAt(), onTime,
                n.deadline(), null, n.warning(), n.returnedBy());
    }

    static CaseTransition reopened(CaseTransition t, String at) {
        CaseTransition n = next(t, "CaseReopened", "dispatched", at);
        return new CaseTransition(n.type(), n.occurredAt(), n.caseId(), n.version(), n.caseNumber(), n.state(),
                n.category(), n.priority(), n.source(), n.reporter(), n.department(), n.handler(), n.area(), n.lat(),
                n.lon(), n.reportedAt(), n.dispatchedAt(), null, null, null, null, n.deadline(), n.rating(), n.warning(),
                n.returnedBy());
    }

    static CaseTransition reopenedWithDeadline(CaseTransition t, String at, String deadline) {
        CaseTransition n = reopened(t, at);
        return new CaseTransition(n.type(), n.occurredAt(), n.caseId(), n.version(), n.caseNumber(), n.state(),
                n.category(), n.priority(), n.source(), n.reporter(), n.department(), n.handler(), n.area(), n.lat(),
                n.lon(), n.reportedAt(), n.dispatchedAt(), null, null, null, null, Instant.parse(deadline), n.rating(),
                n.warning(), n.returnedBy());
    }

    static CaseTransition withRating(CaseTransition n, String rating) {
        return new CaseTransition(n.type(), n.occurredAt(), n.caseId(), n.version(), n.caseNumber(), n.state(),
                n.category(), n.priority(), n.source(), n.reporter(), n.department(), n.handler(), n.area(), n.lat(),
                n.lon(), n.reportedAt(), n.dispatchedAt(), n.resolvedAt(), n.resolvedOnTime(), n.closedAt(),
                n.closedOnTime(), n.deadline(), rating, n.warning(), n.returnedBy());
    }

    static CaseTransition rated(CaseTransition t, String rating, String at) {
        CaseTransition n = next(t, "CaseRated", t.state(), at);
        return new CaseTransition(n.type(), n.occurredAt(), n.caseId(), n.version(), n.caseNumber(), n.state(),
                n.category(), n.priority(), n.source(), n.reporter(), n.department(), n.handler(), n.area(), n.lat(),
                n.lon(), n.reportedAt(), n.dispatchedAt(), n.resolvedAt(), n.resolvedOnTime(), n.closedAt(),
                n.closedOnTime(), n.deadline(), rating, n.warning(), n.returnedBy());
    }

    /** The same transition saying whether the township verified / closed within its own limits. */
    static CaseTransition withTownshipOutcome(CaseTransition n, Boolean verifiedOnTime, Boolean closingOnTime) {
        return new CaseTransition(n.type(), n.occurredAt(), n.caseId(), n.version(), n.caseNumber(), n.state(),
                n.category(), n.priority(), n.source(), n.reporter(), n.department(), n.handler(), n.area(), n.lat(),
                n.lon(), n.reportedAt(), n.dispatchedAt(), n.resolvedAt(), n.resolvedOnTime(), n.closedAt(),
                n.closedOnTime(), n.deadline(), n.rating(), n.warning(), n.returnedBy(), verifiedOnTime, closingOnTime,
                n.selfResolved());
    }

    /** The flag dispatch sets on every event of a case a worker fixed on the spot (自处置). */
    static CaseTransition selfResolved(CaseTransition n) {
        return new CaseTransition(n.type(), n.occurredAt(), n.caseId(), n.version(), n.caseNumber(), n.state(),
                n.category(), n.priority(), n.source(), n.reporter(), n.department(), n.handler(), n.area(), n.lat(),
                n.lon(), n.reportedAt(), n.dispatchedAt(), n.resolvedAt(), n.resolvedOnTime(), n.closedAt(),
                n.closedOnTime(), n.deadline(), n.rating(), n.warning(), n.returnedBy(), n.verifiedOnTime(),
                n.closingOnTime(), true);
    }
}
