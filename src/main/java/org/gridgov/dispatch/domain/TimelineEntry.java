package org.gridgov.dispatch.domain;

import java.time.Instant;
import java.util.List;

/** One audited transition of a case as it was recorded: who did what, when, why, with which photos. */
public record TimelineEntry(Instant at, String action, String fromState, String toState, String actor, String actorRole,
        String reason, String note, List<String> photos) {
}
