package org.gridgov.dispatch.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.dispatch.domain.TimelineEntry;

/** One audited transition of a case. Append-only. */
@MappedEntity(value = "timeline_entry", schema = "dispatch")
public record TimelineRow(
        @Id @GeneratedValue @Nullable Long id,
        UUID caseId,
        Instant at,
        String action,
        @Nullable String fromState,
        String toState,
        String actor,
        String actorRole,
        @Nullable String reason,
        @Nullable String note,
        @TypeDef(type = DataType.STRING_ARRAY) String[] photos) {

    public TimelineEntry toEntry() {
        return new TimelineEntry(at, action, fromState, toState, actor, actorRole, reason, note, List.of(photos));
    }
}
