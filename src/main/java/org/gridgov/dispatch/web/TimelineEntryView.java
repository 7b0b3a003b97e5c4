package org.gridgov.dispatch.web;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.gridgov.dispatch.persistence.TimelineRow;

/** One audited transition: who did what, when, why, with which photos. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TimelineEntryView(Instant at, String action, @Nullable String fromState, String toState, String actor,
                         String actorRole, @Nullable String reason, @Nullable String note, List<String> photos) {

    static TimelineEntryView of(TimelineRow row) {
        return new TimelineEntryView(row.at(), row.action(), row.fromState(), row.toState(), row.actor(),
                row.actorRole(), row.reason(), row.note(), List.of(row.photos()));
    }
}
