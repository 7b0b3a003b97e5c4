package org.gridgov.dispatch.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message on {@code gridgov.routing.v1} (schema/kafka/routing.v1.schema.json), as dispatch reads it. */
/** Unknown fields are ignored: routing may add optional fields to the contract. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoutingDecisionV1(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = "CaseOpened|ReportLinked|CaseRerouted") String type,
        @NotNull Instant occurredAt,
        @NotNull Integer schemaVersion,
        @NotNull UUID caseId,
        @Nullable UUID reportId,
        @Nullable @Pattern(regexp = "worker|citizen") String source,
        @Nullable String reporter,
        @NotNull @Pattern(regexp = "^[0-9]{4}$") String category,
        @Nullable String description,
        @Nullable @Valid LocationV1 location,
        @Nullable @Valid GridV1 grid,
        @NotNull @Pattern(regexp = "urgent|normal") String priority,
        @NotNull @Valid Assignee assignee,
        @NotNull Boolean arbitration,
        @Nullable @Valid Limit timeLimit,
        @Nullable Instant deadline,
        @Nullable List<Return> returns,
        @Nullable Instant observedAt,
        @Nullable Boolean selfResolved,
        @Nullable @Size(max = 2000) String resolutionNote,
        @Nullable @Size(max = 5) List<@Pattern(regexp = "^[0-9a-f]{64}$") String> afterPhotos) {

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assignee(
            @NotNull @Pattern(regexp = "city_department|township_unit|township_centre") String kind,
            @NotNull @Pattern(regexp = "^[A-Z0-9_-]{2,40}$") String code,
            @Nullable String name) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Limit(
            @NotNull @Min(1) Integer value,
            @NotNull @Pattern(regexp = "working_hour|working_day|calendar_hour") String unit) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Return(@Nullable String department, @Nullable String reason, @Nullable Instant at) {
    }
}
