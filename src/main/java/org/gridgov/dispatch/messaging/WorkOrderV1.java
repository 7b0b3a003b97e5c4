package org.gridgov.dispatch.messaging;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A message on {@code gridgov.dispatch.v1} (key: department): a work order issued or withdrawn.
 * {@code calendarMissing}: the deadline was counted Monday to Friday for want of a holiday schedule.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WorkOrderV1(
        UUID eventId,
        String type,
        Instant occurredAt,
        int schemaVersion,
        String department,
        UUID caseId,
        String caseNumber,
        String category,
        String priority,
        String description,
        @Nullable LocationV1 location,
        @Nullable GridV1 grid,
        @Nullable Instant deadline,
        boolean calendarMissing) {
}
