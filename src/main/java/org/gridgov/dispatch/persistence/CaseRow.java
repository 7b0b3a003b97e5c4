package org.gridgov.dispatch.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A case as stored; the deadline instants are columns so the scheduler can find due cases. */
@MappedEntity(value = "dispatch_case", schema = "dispatch")
public record CaseRow(
        @Id UUID id,
        String number,
        String category,
        String priority,
        String source,
        @Nullable String reporter,
        @Nullable String description,
        @Nullable String gridCode,
        @Nullable String communityCode,
        @Nullable String townshipCode,
        @Nullable String districtCode,
        @Nullable Double lat,
        @Nullable Double lon,
        int reportCount,
        @Nullable String department,
        boolean arbitration,
        @Nullable String handler,
        int limitValue,
        String limitUnit,
        @Nullable Instant clockStartedAt,
        @Nullable Long clockMinutes,
        @Nullable Boolean clockCalendarTime,
        @Nullable Instant warnAt,
        @Nullable Instant dueAt,
        @Nullable Instant districtAt,
        @Nullable Boolean calendarMissing,
        String state,
        String warning,
        String escalation,
        String extension,
        int extensionDays,
        boolean verificationFailed,
        @Nullable String rating,
        boolean reopenedByRating,
        @TypeDef(type = DataType.STRING_ARRAY) String[] returnedBy,
        Instant reportedAt,
        @Nullable Instant dispatchedAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        @Nullable Boolean resolvedOnTime,
        @Nullable Boolean closedOnTime,
        @Version Long version,
        @Nullable Instant redAt,
        @Nullable Instant townshipClockStartedAt,
        @Nullable Long townshipClockMinutes,
        @Nullable Boolean townshipClockCalendarTime,
        @Nullable Instant townshipWarnAt,
        @Nullable Instant townshipDueAt,
        @Nullable Instant townshipRedAt,
        @Nullable Instant townshipDistrictAt,
        @Nullable Boolean townshipCalendarMissing,
        String townshipWarning,
        @Nullable Instant verifiedAt,
        @Nullable Boolean verifiedOnTime,
        @Nullable Boolean closingOnTime,
        boolean selfResolved,
        @Nullable String checkStatus,
        @Nullable Instant checkRequestedAt,
        @Nullable String checkRequestedBy,
        @Nullable Instant checkWarnAt,
        @Nullable Instant checkDueAt,
        @Nullable String checkAnsweredBy,
        @Nullable Instant checkAnsweredAt,
        @Nullable String checkNote,
        @Nullable String pauseFrom,
        @Nullable String pauseReason,
        @Nullable String pauseBy,
        @Nullable Instant pauseSince,
        @Nullable LocalDate pauseResumeOn,
        @Nullable Instant pauseResumeAt) {
}
