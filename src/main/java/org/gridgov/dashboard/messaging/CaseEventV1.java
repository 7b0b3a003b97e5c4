package org.gridgov.dashboard.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.dashboard.domain.AreaChain;
import org.gridgov.dashboard.domain.CaseTransition;
import org.gridgov.platform.messaging.PoisonMessage;

/**
 * A message of {@code gridgov.cases.v1}, the fields the dashboard reads, in schema version 1
 * (schema/kafka/cases.v1.schema.json) or 2 (cases.v1.schemaVersion2.schema.json, which numbers
 * each case's events in {@code sequence}).
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseEventV1(
        @NotNull UUID eventId,
        @NotBlank String type,
        @NotNull Instant occurredAt,
        @NotNull UUID caseId,
        @NotBlank String caseNumber,
        @Min(1) @Max(2) Integer schemaVersion,
        @NotNull @Min(0) Long version,
        @Min(1) Long sequence,
        @NotNull @Pattern(regexp = "reported|registered|dispatched|accepted|resolved|verified|closed|rejected|returned|checking|deferred|parked") String state,
        @NotNull @Pattern(regexp = "[0-9]{4}") String category,
        @NotNull @Pattern(regexp = "urgent|normal") String priority,
        @NotNull @Pattern(regexp = "worker|citizen") String source,
        String reporter,
        @Valid GridChainV1 grid,
        @Valid LocationV1 location,
        @Pattern(regexp = "[A-Z0-9_-]{2,40}") String department,
        String handler,
        Instant deadline,
        @NotNull Instant reportedAt,
        Instant dispatchedAt,
        Instant resolvedAt,
        Instant closedAt,
        Boolean closedOnTime,
        Boolean resolvedOnTime,
        @Pattern(regexp = "none|yellow|red") String warning,
        @Pattern(regexp = "satisfied|basically_satisfied|dissatisfied") String rating,
        List<@Pattern(regexp = "[A-Z0-9_-]{2,40}") String> returnedBy,
        Boolean verifiedOnTime,
        Boolean closingOnTime,
        Boolean selfResolved) {

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GridChainV1(
            @NotNull @Pattern(regexp = "[0-9]{15}") String gridCode,
            @NotNull @Pattern(regexp = "[0-9]{12}") String communityCode,
            @NotNull @Pattern(regexp = "[0-9]{9}") String townshipCode,
            @NotNull @Pattern(regexp = "[0-9]{6}") String districtCode) {}

    @Serdeable
    public record LocationV1(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {}

    /** The event's number in its case's sequence; null for a schemaVersion 1 event, which has none. */
    public Long numbered() {
        boolean numbered = schemaVersion != null && schemaVersion >= 2;
        if (numbered && sequence == null) {
            throw new PoisonMessage("a schemaVersion 2 case event without a sequence");
        }
        return numbered ? sequence : null;
    }

    public CaseTransition toTransition() {
        AreaChain area = grid == null ? null
                : new AreaChain(grid.gridCode(), grid.communityCode(), grid.townshipCode(), grid.districtCode());
        return new CaseTransition(type, occurredAt, caseId, version, caseNumber, state, category, priority, source, reporter,
                department, handler, area, location == null ? null : location.lat(), location == null ? null : location.lon(),
                reportedAt, dispatchedAt, resolvedAt, resolvedOnTime, closedAt, closedOnTime, deadline, rating,
                warning == null ? "none" : warning, returnedBy == null ? List.of() : returnedBy, verifiedOnTime,
                closingOnTime, Boolean.TRUE.equals(selfResolved));
    }
}
