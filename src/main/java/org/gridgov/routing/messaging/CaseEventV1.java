package org.gridgov.routing.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What routing reads of {@code gridgov.cases.v1}: the state (closed and rejected cases are no longer
 * open for duplicates) and, on {@code CaseReturned}, who returned the case and why.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseEventV1(
        @NotNull UUID eventId,
        @NotBlank String type,
        @NotNull Instant occurredAt,
        @NotNull UUID caseId,
        @NotBlank String state,
        @NotNull @Pattern(regexp = "[0-9]{4}") String category,
        @Nullable String priority,
        @Nullable String source,
        @Nullable String reporter,
        @Nullable List<UUID> reportIds,
        @Nullable @Valid GridV1 grid,
        @Nullable @Valid LocationV1 location,
        @Nullable String department,
        @Nullable String reason,
        @Nullable List<String> returnedBy,
        @Nullable Instant reportedAt) {

    public static final String RETURNED = "CaseReturned";

    public boolean closesTheCase() {
        return "closed".equals(state) || "rejected".equals(state);
    }
}
