package org.gridgov.intake.app;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.gridgov.intake.domain.CaseStatus;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.messaging.CaseEventV1;
import org.gridgov.intake.persistence.CaseStatusRows;
import org.gridgov.intake.persistence.ReportRows;

/**
 * Keeps each report's case status current from gridgov.cases.v1, and with it the workers'
 * verification tasks (resolved cases in their grids). Runs inside the inbox's transaction.
 */
@Singleton
public class TrackCase {

    private final CaseStatusRows cases;
    private final ReportRows reports;
    private final Clock clock;

    public TrackCase(CaseStatusRows cases, ReportRows reports, Clock clock) {
        this.cases = cases;
        this.reports = reports;
        this.clock = clock;
    }

    public void apply(CaseEventV1 event) {
        CaseStatus status = new CaseStatus(event.caseId(), event.caseNumber(), event.state(), event.department(),
                event.deadline(), event.reason(), event.version(), event.occurredAt());
        Coordinates location = event.location() == null ? null
                : new Coordinates(event.location().lat(), event.location().lon());
        String gridCode = event.grid() == null ? null : event.grid().gridCode();
        boolean changed = cases.upsertIfNewer(status, gridCode, event.category(), location);
        if (!changed) {
            return;
        }
        // the reporters' sync goes by when intake learnt of the change, not when it happened:
        // an event that arrives late must still reach a phone that synced in between
        Instant learnt = clock.instant();
        if (event.reportIds() != null) {
            reports.linkToCase(event.reportIds(), event.caseId(), learnt);
        }
        reports.touchReportsOfCase(event.caseId(), learnt);
    }
}
