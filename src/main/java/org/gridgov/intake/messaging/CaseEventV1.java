package org.gridgov.intake.messaging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The part of a gridgov.cases.v1 event intake needs (schema/kafka/cases.v1.schema.json); the rest is ignored. */
@Serdeable
public record CaseEventV1(
        @NotNull UUID eventId,
        @NotBlank String type,
        @NotNull Instant occurredAt,
        @NotNull UUID caseId,
        @NotBlank String caseNumber,
        @PositiveOrZero long version,
        @NotBlank String state,
        @Nullable String reason,
        @Nullable String category,
        @Nullable List<UUID> reportIds,
        @Nullable Grid grid,
        @Nullable Point location,
        @Nullable String department,
        @Nullable Instant deadline) {

    @Serdeable
    public record Grid(String gridCode, String communityCode, String townshipCode, String districtCode) {
    }

    @Serdeable
    public record Point(double lat, double lon) {
    }
}
