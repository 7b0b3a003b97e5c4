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
 * verification tasks (resolved cases in their grids). Runs inside the inbox's transaction. A
 * case's numbered events (schemaVersion 2) are applied one after the other in their order; an
 * event touches the case's status and at most the one report it names.
 */
@Singleton
public class TrackCase {

    /** The consumer name under which intake records the case events it applied. */
    public static final String CONSUMER = "intake";

    private final CaseStatusRows cases;
    private final ReportRows reports;
    private final Clock clock;

    public TrackCase(CaseStatusRows cases, ReportRows reports, Clock clock) {
        this.cases = cases;
        this.reports = reports;
        this.clock = clock;
    }

    /** One case event, applied in its case's order (intake's inbox holds an early one back). */
    public void apply(CaseEventV1 event) {
        CaseStatus status = new CaseStatus(event.caseId(), event.caseNumber(), event.state(), event.department(),
                event.deadline(), event.reason(), event.version(), event.occurredAt());
        Coordinates location = event.location() == null ? null
                : new Coordinates(event.location().lat(), event.location().lon());
        String gridCode = event.grid() == null ? null : event.grid().gridCode();
        // the reporters' sync goes by when intake learnt of the change, not when it happened:
        // an event that arrives late must still reach a phone that synced in between
        Instant learnt = clock.instant();
        boolean changed = cases.upsertIfNewer(status, gridCode, event.category(), location, learnt);
        if (event.reportId() != null) {
            reports.linkToCase(event.reportId(), event.caseId(), learnt);
        } else if (changed && event.reportIds() != null) {
            reports.linkToCase(event.reportIds(), event.caseId(), learnt); // schemaVersion 1 lists them all
        }
    }
}
