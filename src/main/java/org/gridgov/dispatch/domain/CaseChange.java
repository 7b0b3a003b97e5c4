package org.gridgov.dispatch.domain;

import java.time.Instant;
import java.util.List;

/**
 * One transition a command caused: what was done, by whom, why, and the case as it stands right
 * after it. It becomes one timeline entry and (when the action has an event type) one
 * {@code gridgov.cases.v1} message.
 */
public record CaseChange(CaseAction action, CaseState from, CaseState to, Actor actor, Instant at,
                         String reason, String note, List<String> photos, Case after) {

    public CaseChange {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** True when this change hands the case to a department (a work order goes out). */
    public boolean dispatchesWork() {
        return to == CaseState.DISPATCHED && from != CaseState.DISPATCHED;
    }
}
