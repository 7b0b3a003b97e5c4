package org.gridgov.routing.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What routing remembers of a case: enough to find duplicates of it while it is open and to reroute
 * it when returned. The {@code location} geography column is generated from lat/lon by PostgreSQL.
 */
@MappedEntity(value = "case_file", schema = "routing")
public record CaseFileRow(
        @Id UUID caseId,
        String category,
        @Nullable UUID firstReportId,
        @Nullable String source,
        @Nullable String reporter,
        @Nullable String description,
        @Nullable String gridCode,
        @Nullable String communityCode,
        @Nullable String townshipCode,
        @Nullable String districtCode,
        @Nullable Double lat,
        @Nullable Double lon,
        String priority,
        String assigneeKind,
        String assigneeCode,
        boolean arbitration,
        @Nullable Integer limitValue,
        @Nullable String limitUnit,
        @Nullable Instant deadline,
        @Nullable Boolean deadlineCalendarMissing,
        Instant observedAt,
        Instant lastSeenAt,
        int reportCount,
        boolean open,
        @Version Long version) {

    /** Another report of the same event came in. */
    public CaseFileRow seenAgain(Instant observed) {
        Instant last = observed.isAfter(lastSeenAt) ? observed : lastSeenAt;
        return new CaseFileRow(caseId, category, firstReportId, source, reporter, description, gridCode,
                communityCode, townshipCode, districtCode, lat, lon, priority, assigneeKind, assigneeCode,
                arbitration, limitValue, limitUnit, deadline, deadlineCalendarMissing, observedAt, last, reportCount + 1, open, version);
    }

    /** Sent to another target (after a return), with a fresh time limit. */
    public CaseFileRow reassigned(String kind, String code, boolean toArbitration, String newPriority,
            Integer newLimitValue, String newLimitUnit, Instant newDeadline, Boolean newDeadlineCalendarMissing) {
        return new CaseFileRow(caseId, category, firstReportId, source, reporter, description, gridCode,
                communityCode, townshipCode, districtCode, lat, lon, newPriority, kind, code, toArbitration,
                newLimitValue, newLimitUnit, newDeadline, newDeadlineCalendarMissing, observedAt, lastSeenAt, reportCount, true, version);
    }
}
