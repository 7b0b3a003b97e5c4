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
    LINK_REPORT("ReportLinked");

    private final String eventType;

    CaseAction(String eventType) {
        this.eventType = eventType;
    }

    /** The event type on {@code gridgov.cases.v1}, or null when the action publishes none. */
    public String eventType() {
        return eventType;
    }

    /** The name used in URLs and timelines, e.g. {@code request-extension}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
