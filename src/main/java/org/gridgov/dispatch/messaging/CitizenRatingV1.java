package org.gridgov.dispatch.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** A message on {@code gridgov.ratings.v1} (schema/kafka/ratings.v1.schema.json), as dispatch reads it. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record CitizenRatingV1(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = "CitizenRated") String type,
        @NotNull Instant occurredAt,
        @NotNull Integer schemaVersion,
        @NotNull UUID caseId,
        @NotNull UUID reportId,
        @NotBlank @Size(max = 100) String reporter,
        @NotNull @Pattern(regexp = "satisfied|basically_satisfied|dissatisfied") String rating,
        @Nullable @Size(max = 2000) String comment) {
}
