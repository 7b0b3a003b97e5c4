package org.gridgov.routing.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message on {@code gridgov.routing.v1} (schema/kafka/routing.v1.schema.json), key: case id.
 * Absent values are left out rather than sent as null, because the schema allows null only for a few.
 * {@code calendarMissing} comes with a deadline: true when it was counted Monday to Friday because a
 * year it reaches has no holiday schedule. {@code selfResolved} (with the note and after photos) only on
 * the {@code CaseOpened} of a worker's self-resolved report: dispatch closes that case at once.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutingDecisionV1(
        UUID eventId,
        String type,
        Instant occurredAt,
        int schemaVersion,
        UUID caseId,
        UUID reportId,
        String source,
        String reporter,
        String category,
        String description,
        LocationV1 location,
        GridV1 grid,
        String priority,
        Assignee assignee,
        boolean arbitration,
        Limit timeLimit,
        Instant deadline,
        List<Return> returns,
        Instant observedAt,
        Boolean calendarMissing,
        Boolean selfResolved,
        String resolutionNote,
        List<String> afterPhotos) {

    public static final String CASE_OPENED = "CaseOpened";
    public static final String REPORT_LINKED = "ReportLinked";
    public static final String CASE_REROUTED = "CaseRerouted";

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assignee(String kind, String code, String name) {
    }

    @Serdeable
    public record Limit(int value, String unit) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Return(String department, String reason, Instant at) {
    }
}
