package org.gridgov.dispatch.domain;

import java.util.Locale;

/**
 * Everything that can happen to a case, each with the {@code gridgov.cases.v1} event type it
 * publishes. {@link #AWAIT_ARBITRATION} publishes nothing: the case stays returned and only its
 * timeline notes that the township centre must now assign it.
 */
public enum CaseAction {
    OPEN("CaseReported"),
    REGISTER("CaseRegistered"),
    REJECT("CaseRejected"),
    DISPATCH("CaseDispatched"),
    ASSIGN_DEPARTMENT("CaseDepartmentAssigned"),
    ACCEPT("CaseAccepted"),
    ASSIGN("CaseAssigned"),
    RESOLVE("CaseResolved"),
    RETURN("CaseReturned"),
    REROUTE("CaseDispatched"),
    AWAIT_ARBITRATION(null),
    REQUEST_EXTENSION("CaseExtensionRequested"),
    GRANT_EXTENSION("CaseExtensionGranted"),
    REFUSE_EXTENSION("CaseExtensionRefused"),
    VERIFY("CaseVerified"),
    FAIL_VERIFICATION("CaseVerificationFailed"),
    REOPEN("CaseReopened"),
    CLOSE("CaseClosed"),
    RATE("CaseRated"),
    ESCALATE("CaseEscalated"),
    WARN("CaseWarned"),
    MARK_OVERDUE("CaseOverdue"),
    LINK_REPORT("ReportLinked"),
    // 自处置 / 即查即办: a worker's self-resolved report, registered, resolved and closed at once by its
    // reporter. They publish the events every consumer knows; the case carries selfResolved: true.
    SELF_REGISTER("CaseRegistered"),
    SELF_RESOLVE("CaseResolved"),
    SELF_CLOSE("CaseClosed"),
    // 核实 before 立案: the township asks the grid's worker to confirm a report on site; the worker
    // answers 属实 (confirm) or 不属实 (deny); the check's own limit warns and marks it overdue.
    REQUEST_CHECK("CaseCheckRequested"),
    CONFIRM("CaseCheckConfirmed"),
    DENY("CaseCheckDenied"),
    WARN_CHECK("CaseCheckWarned"),
    MARK_CHECK_OVERDUE("CaseCheckOverdue"),
    // 缓办 / 挂账: the township stops the department's clock (to a date, or until a higher decision);
    // 恢复办理 (by the township, or by the system on a deferral's date) starts it again.
    DEFER("CaseDeferred"),
    PARK("CaseParked"),
    RESUME("CaseResumed");

    private final String eventType;

    CaseAction(String eventType) {
        this.eventType = eventType;
    }

    /** The event type on {@code gridgov.cases.v1}, or null when the action publishes none. */
    public String eventType() {
        return eventType;
    }

    /** Whether a person asks for it over HTTP: the 自处置 steps happen only while the case opens. */
    public boolean onRequest() {
        return this != SELF_REGISTER && this != SELF_RESOLVE && this != SELF_CLOSE;
    }

    /** The name used in URLs and timelines, e.g. {@code request-extension}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
