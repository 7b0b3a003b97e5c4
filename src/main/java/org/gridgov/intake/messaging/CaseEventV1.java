package org.gridgov.intake.messaging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The part of a gridgov.cases.v1 event intake needs; the rest is ignored. Reads both schema
 * versions: 1 (schema/kafka/cases.v1.schema.json) lists the case's reports in {@code reportIds};
 * 2 (cases.v1.schemaVersion2.schema.json) numbers the case's events ({@code sequence}) and names
 * only the report the event added ({@code reportId}).
 */
@Serdeable
public record CaseEventV1(
        @NotNull UUID eventId,
        @NotBlank String type,
        @NotNull Instant occurredAt,
        @NotNull UUID caseId,
        @NotBlank String caseNumber,
        @Nullable @Min(1) @Max(2) Integer schemaVersion,
        @PositiveOrZero long version,
        @Nullable @Positive Long sequence,
        @NotBlank String state,
        @Nullable String reason,
        @Nullable String category,
        @Nullable List<UUID> reportIds,
        @Nullable UUID reportId,
        @Nullable Grid grid,
        @Nullable Point location,
        @Nullable String department,
        @Nullable Instant deadline) {

    /** The event's number in its case's sequence; null for a schemaVersion 1 event, which has none. */
    public Long numbered() {
        boolean numbered = schemaVersion != null && schemaVersion >= 2;
        if (numbered && sequence == null) {
            throw new org.gridgov.platform.messaging.PoisonMessage("a schemaVersion 2 case event without a sequence");
        }
        return numbered ? sequence : null;
    }

    @Serdeable
    public record Grid(String gridCode, String communityCode, String townshipCode, String districtCode) {
    }

    @Serdeable
    public record Point(double lat, double lon) {
    }
}
