package org.gridgov.dispatch.messaging;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A message on {@code gridgov.cases.v1} with {@code schemaVersion} 2
 * (schema/kafka/cases.v1.schemaVersion2.schema.json): one transition and the case as it stands
 * after it. {@code sequence} numbers the case's events 1, 2, 3, … without gaps, so a consumer
 * applies exactly the next one. A case's reports are not listed: {@code reportId} names the report
 * this event added (the first one on CaseReported, the linked one on ReportLinked) and
 * {@code reportCount} says how many the case has now. {@code phase} names the clock running after
 * the transition (handling, verification, closing; null when none runs), {@code phaseDeadline} and
 * {@code phaseWarning} are that clock's deadline and signal; {@code deadline} and {@code warning}
 * stay the department's handling clock. {@code verifiedOnTime} / {@code closingOnTime}: the
 * township verified / closed within its own 核查时限 / 结案时限.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaseEventV2(
        UUID eventId,
        String type,
        Instant occurredAt,
        int schemaVersion,
        UUID caseId,
        String caseNumber,
        long version,
        long sequence,
        String state,
        @Nullable String previousState,
        String action,
        String actor,
        String actorRole,
        @Nullable String reason,
        String category,
        String priority,
        String source,
        @Nullable UUID reportId,
        int reportCount,
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
        List<String> returnedBy,
        @Nullable String phase,
        @Nullable Instant phaseDeadline,
        @Nullable String phaseWarning,
        @Nullable Instant verifiedAt,
        @Nullable Boolean verifiedOnTime,
        @Nullable Boolean closingOnTime,
        @Nullable Boolean calendarMissing,
        boolean selfResolved,
        @Nullable CheckV1 check,
        @Nullable PauseV1 pause) {

    /**
     * 缓办 / 挂账 while the case is deferred or parked: the state it returns to, why, who paused it and
     * since when, and for 缓办 the local day it resumes by itself.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PauseV1(String resumesTo, String reason, String by, Instant since, @Nullable LocalDate resumeOn) {
    }

    /** 核实: the township's request for an on-site check and the worker's answer. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CheckV1(String status, Instant requestedAt, String requestedBy, Instant warnAt, Instant dueAt,
                          @Nullable String answeredBy, @Nullable Instant answeredAt, @Nullable String note) {
    }
}
