package org.gridgov.intake.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.messaging.ReportAcceptedV1;
import org.gridgov.intake.persistence.ReportRows;
import org.gridgov.platform.messaging.Outbox;
import org.gridgov.platform.messaging.Topics;

/** Writes a report and its ReportAccepted message in one transaction: both or neither. */
@Singleton
@Requires(property = "gridgov.roles.intake", notEquals = "false")
public class RecordReport {

    private final ReportRows reports;
    private final Outbox outbox;

    public RecordReport(ReportRows reports, Outbox outbox) {
        this.reports = reports;
        this.outbox = outbox;
    }

    @Transactional
    public void record(Report report) {
        reports.insert(report);
        outbox.append("intake", Topics.REPORTS, report.id().toString(), ReportAcceptedV1.of(report, UUID.randomUUID()));
    }
}
