package org.gridgov.dispatch.domain;

import java.time.Instant;

/**
 * 核实: the township asked the grid's worker to confirm a reported problem on site before it
 * registers the case (立案). While {@link Status#REQUESTED} the case is {@code checking}; the
 * worker's answer ({@link Status#CONFIRMED} 属实 or {@link Status#DENIED} 不属实, with the note or
 * reason) stays on the case when it goes back to {@code reported} for the township's decision.
 * The check has its own short limit: a yellow warning at {@code warnAt}, red at {@code dueAt}.
 */
public record SiteCheck(Status status, Instant requestedAt, String requestedBy, Instant warnAt, Instant dueAt,
                        String answeredBy, Instant answeredAt, String note) {

    public enum Status { REQUESTED, CONFIRMED, DENIED }

    static SiteCheck requested(String by, Instant at, Deadline limit) {
        return new SiteCheck(Status.REQUESTED, at, by, limit.warnAt(), limit.dueAt(), null, null, null);
    }

    SiteCheck answered(Status answer, String by, Instant at, String text) {
        return new SiteCheck(answer, requestedAt, requestedBy, warnAt, dueAt, by, at, text);
    }

    /** Whether the worker answered after the check's limit. */
    public boolean answeredLate() {
        return answeredAt != null && answeredAt.isAfter(dueAt);
    }
}
