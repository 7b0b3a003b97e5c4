package org.gridgov.routing.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What routing reads of {@code gridgov.cases.v1}: the state (closed and rejected cases are no longer
 * open for duplicates) and, on {@code CaseReturned}, who returned the case and why. Reads schema
 * versions 1 ({@code reportIds} lists the case's reports) and 2 ({@code sequence} numbers the
 * case's events, {@code reportId} names the report an event added).
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseEventV1(
        @NotNull UUID eventId,
        @NotBlank String type,
        @NotNull Instant occurredAt,
        @NotNull UUID caseId,
        @Nullable @Min(1) @Max(2) Integer schemaVersion,
        @Nullable @Positive Long sequence,
        @NotBlank String state,
        @NotNull @Pattern(regexp = "[0-9]{4}") String category,
        @Nullable String priority,
        @Nullable String source,
        @Nullable String reporter,
        @Nullable List<UUID> reportIds,
        @Nullable UUID reportId,
        @Nullable @Valid GridV1 grid,
        @Nullable @Valid LocationV1 location,
        @Nullable String department,
        @Nullable String reason,
        @Nullable List<String> returnedBy,
        @Nullable Instant reportedAt) {

    public static final String RETURNED = "CaseReturned";

    /** The event's number in its case's sequence; null for a schemaVersion 1 event, which has none. */
    public Long numbered() {
        boolean numbered = schemaVersion != null && schemaVersion >= 2;
        if (numbered && sequence == null) {
            throw new org.gridgov.platform.messaging.PoisonMessage("a schemaVersion 2 case event without a sequence");
        }
        return numbered ? sequence : null;
    }

    /** The report the case opened with, as far as this event tells. */
    public UUID firstReport() {
        if (reportIds != null && !reportIds.isEmpty()) {
            return reportIds.get(0);
        }
        return "CaseReported".equals(type) ? reportId : null;
    }

    public boolean closesTheCase() {
        return "closed".equals(state) || "rejected".equals(state);
    }
}
