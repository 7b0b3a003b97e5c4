package org.gridgov.routing.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * How a {@link org.gridgov.routing.domain.CaseFile} is stored ({@link CaseFileMapping}). The
 * {@code location} geography column is generated from lat/lon by PostgreSQL.
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
}
