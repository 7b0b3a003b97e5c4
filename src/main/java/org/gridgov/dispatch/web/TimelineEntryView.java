package org.gridgov.dispatch.web;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.gridgov.dispatch.domain.TimelineEntry;

/** One audited transition: who did what, when, why, with which photos. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TimelineEntryView(Instant at, String action, @Nullable String fromState, String toState, String actor,
                         String actorRole, @Nullable String reason, @Nullable String note, List<String> photos) {

    static TimelineEntryView of(TimelineEntry entry) {
        return new TimelineEntryView(entry.at(), entry.action(), entry.fromState(), entry.toState(), entry.actor(),
                entry.actorRole(), entry.reason(), entry.note(), entry.photos());
    }
}
