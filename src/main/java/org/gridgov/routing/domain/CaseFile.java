package org.gridgov.routing.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What routing remembers of a case: enough to find duplicates of it while it is open and to reroute
 * it when returned. {@code grid} is null for a case without a located point; {@code limitValue},
 * {@code deadline} and their companions are null when the category has no time limit.
 */
public record CaseFile(
        UUID caseId,
        String category,
        UUID firstReportId,
        String source,
        String reporter,
        String description,
        GridChain grid,
        Double lat,
        Double lon,
        String priority,
        String assigneeKind,
        String assigneeCode,
        boolean arbitration,
        Integer limitValue,
        String limitUnit,
        Instant deadline,
        Boolean deadlineCalendarMissing,
        Instant observedAt,
        Instant lastSeenAt,
        int reportCount,
        boolean open,
        Long version) {

    /** A report of the case (the first, or one that joined it later), as the file keeps it. */
    public record Report(UUID reportId, String source, String reporter, String description, Double lat, Double lon,
            Instant observedAt) {
    }

    /** Where a case is sent: a target by kind and code, and whether the township centre is to arbitrate. */
    public record Assignee(String kind, String code, boolean arbitration) {

        public static Assignee of(Assignment assignment) {
            return new Assignee(assignment.target().kind().name(), assignment.target().code(), assignment.arbitration());
        }
    }

    /**
     * A new file, open and seen once (at its first report's observation time).
     *
     * @param limit the category's time limit, or null when it has none
     * @param due the deadline from that limit, or null when there is none
     */
    public static CaseFile opened(UUID caseId, String category, Report first, GridChain grid, String priority,
            Assignee assignee, TimeLimit limit, Deadlines.Due due) {
        return new CaseFile(caseId, category, first.reportId(), first.source(), first.reporter(), first.description(),
                grid, first.lat(), first.lon(), priority, assignee.kind(), assignee.code(), assignee.arbitration(),
                limit == null ? null : limit.value(), limit == null ? null : limit.unit().wire(),
                due == null ? null : due.at(), due == null ? null : due.calendarMissing(), first.observedAt(),
                first.observedAt(), 1, true, 0L);
    }

    /** A worker's own fix on the spot (自处置): closed from the start, so no later report joins it. */
    public CaseFile closedAtOnce() {
        return new CaseFile(caseId, category, firstReportId, source, reporter, description, grid, lat, lon, priority,
                assigneeKind, assigneeCode, arbitration, limitValue, limitUnit, deadline, deadlineCalendarMissing,
                observedAt, lastSeenAt, reportCount, false, version);
    }

    /** Another report of the same event came in. */
    public CaseFile seenAgain(Instant observed) {
        Instant last = observed.isAfter(lastSeenAt) ? observed : lastSeenAt;
        return new CaseFile(caseId, category, firstReportId, source, reporter, description, grid, lat, lon, priority,
                assigneeKind, assigneeCode, arbitration, limitValue, limitUnit, deadline, deadlineCalendarMissing,
                observedAt, last, reportCount + 1, open, version);
    }

    /**
     * Sent to another target (after a return), with a fresh time limit; open again.
     *
     * @param limit the category's time limit, or null when it has none
     * @param due the deadline from that limit, or null when there is none
     */
    public CaseFile reassigned(Assignee assignee, String newPriority, TimeLimit limit, Deadlines.Due due) {
        return new CaseFile(caseId, category, firstReportId, source, reporter, description, grid, lat, lon, newPriority,
                assignee.kind(), assignee.code(), assignee.arbitration(),
                limit == null ? null : limit.value(), limit == null ? null : limit.unit().wire(),
                due == null ? null : due.at(), due == null ? null : due.calendarMissing(), observedAt, lastSeenAt,
                reportCount, true, version);
    }
}
