package org.gridgov.dispatch.messaging;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message on {@code gridgov.cases.v1}: one transition and the case as it stands after it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaseEventV1(
        UUID eventId,
        String type,
        Instant occurredAt,
        int schemaVersion,
        UUID caseId,
        String caseNumber,
        long version,
        String state,
        @Nullable String previousState,
        String action,
        String actor,
        String actorRole,
        @Nullable String reason,
        String category,
        String priority,
        String source,
        List<UUID> reportIds,
        @Nullable String reporter,
        @Nullable GridV1 grid,
        @Nullable LocationV1 location,
        @Nullable String department,
        @Nullable String handler,
        @Nullable Instant deadline,
        Instant reportedAt,
        @Nullable Instant dispatchedAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        @Nullable Boolean closedOnTime,
        @Nullable Boolean resolvedOnTime,
        String escalationLevel,
        String warning,
        @Nullable String rating,
        List<String> returnedBy) {
}
