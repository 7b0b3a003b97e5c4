package org.gridgov.dispatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One transition a command caused: what was done, by whom, why, and the case as it stands right
 * after it. It becomes one timeline entry and (when the action has an event type) one
 * {@code gridgov.cases.v1} message. {@code report} is the report the change is about: the one a
 * case opened with, or the one linked to it; null for every other change.
 */
public record CaseChange(CaseAction action, CaseState from, CaseState to, Actor actor, Instant at,
                         String reason, String note, List<String> photos, Case after, UUID report) {

    public CaseChange {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public CaseChange(CaseAction action, CaseState from, CaseState to, Actor actor, Instant at,
                      String reason, String note, List<String> photos, Case after) {
        this(action, from, to, actor, at, reason, note, photos, after, null);
    }

    /** True when this change adds a report to the case (its first one, or a later link). */
    public boolean addsReport() {
        return report != null && (action == CaseAction.OPEN || action == CaseAction.LINK_REPORT);
    }

    /** True when this change hands the case to a department (a work order goes out). */
    public boolean dispatchesWork() {
        return to == CaseState.DISPATCHED && from != CaseState.DISPATCHED;
    }
}
