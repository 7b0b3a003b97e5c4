package org.gridgov.intake.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.intake.domain.VerificationTask;

/**
 * What a phone's sync receives: the worker's reports changed since the last sync, the resolved
 * cases in the worker's grids waiting for on-site verification, and the time to ask from next.
 */
@Serdeable
public record SyncView(List<ReportView> reports, List<TaskView> verificationTasks, Instant syncedAt,
        List<TaskView> checkTasks) {

    @Serdeable
    public record TaskView(UUID caseId, String caseNumber, String category, String gridCode,
            ReportView.PointView location, String department, Instant deadline, Instant resolvedAt) {

        static TaskView of(VerificationTask t) {
            return new TaskView(t.caseId(), t.caseNumber(), t.category(), t.gridCode(),
                    t.location() == null ? null : new ReportView.PointView(t.location().lat(), t.location().lon()),
                    t.department(), t.deadline(), t.resolvedAt());
        }
    }
}
