package org.gridgov.routing.messaging;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.routing.domain.AcceptedReport;
import org.gridgov.routing.domain.CaseFile;
import org.gridgov.routing.domain.CaseReturn;
import org.gridgov.routing.domain.DepartmentDirectory;
import org.gridgov.routing.domain.Target;
import org.gridgov.routing.domain.TargetKind;

/** Puts routing's decisions into the outbox, on the caller's transaction, keyed by case id. */
@Singleton
public class Decisions {

    private final RoutingOutbox outbox;
    private final DepartmentDirectory departments;
    private final Clock clock;

    Decisions(RoutingOutbox outbox, DepartmentDirectory departments, Clock clock) {
        this.outbox = outbox;
        this.departments = departments;
        this.clock = clock;
    }

    public void caseOpened(CaseFile file) {
        publish(message(RoutingDecisionV1.CASE_OPENED, file, file.firstReportId(), file.source(), file.reporter(),
                file.description(), location(file.lat(), file.lon()), file.observedAt(), true, null));
    }

    /** 自处置: the case of a worker's self-resolved report, which dispatch closes at once. */
    public void selfResolvedCaseOpened(CaseFile file, AcceptedReport.SelfResolution resolution) {
        RoutingDecisionV1 m = message(RoutingDecisionV1.CASE_OPENED, file, file.firstReportId(), file.source(),
                file.reporter(), file.description(), location(file.lat(), file.lon()), file.observedAt(), true, null);
        publish(new RoutingDecisionV1(m.eventId(), m.type(), m.occurredAt(), m.schemaVersion(), m.caseId(), m.reportId(),
                m.source(), m.reporter(), m.category(), m.description(), m.location(), m.grid(), m.priority(),
                m.assignee(), m.arbitration(), m.timeLimit(), m.deadline(), m.returns(), m.observedAt(),
                m.calendarMissing(), true, resolution.note(), resolution.afterPhotos()));
    }

    /** {@code report} joined the open case {@code file} describes. */
    public void reportLinked(CaseFile file, CaseFile.Report report) {
        publish(message(RoutingDecisionV1.REPORT_LINKED, file, report.reportId(), report.source(), report.reporter(),
                report.description(), location(report.lat(), report.lon()), report.observedAt(), false, null));
    }

    public void caseRerouted(CaseFile file, List<CaseReturn> returns) {
        List<RoutingDecisionV1.Return> earlier = returns.stream()
                .map(r -> new RoutingDecisionV1.Return(r.department(), r.reason(), r.at())).toList();
        publish(message(RoutingDecisionV1.CASE_REROUTED, file, file.firstReportId(), file.source(), file.reporter(),
                file.description(), location(file.lat(), file.lon()), file.observedAt(), true, earlier));
    }

    private RoutingDecisionV1 message(String type, CaseFile file, UUID reportId, String source, String reporter,
            String description, LocationV1 location, Instant observedAt, boolean withDeadline,
            List<RoutingDecisionV1.Return> returns) {
        Target target = new Target(TargetKind.valueOf(file.assigneeKind()), file.assigneeCode());
        RoutingDecisionV1.Assignee assignee = new RoutingDecisionV1.Assignee(target.kind().name().toLowerCase(),
                target.code(), departments.nameOf(target).orElse(null));
        boolean hasLimit = withDeadline && file.limitValue() != null && file.deadline() != null;
        return new RoutingDecisionV1(UUID.randomUUID(), type, clock.instant(), 1, file.caseId(), reportId, source,
                reporter, file.category(), description, location, grid(file), file.priority(), assignee,
                file.arbitration(),
                hasLimit ? new RoutingDecisionV1.Limit(file.limitValue(), file.limitUnit()) : null,
                hasLimit ? file.deadline() : null, returns, observedAt,
                hasLimit ? Boolean.TRUE.equals(file.deadlineCalendarMissing()) : null, null, null, null);
    }

    private void publish(RoutingDecisionV1 message) {
        outbox.append(Topics.ROUTING, message.caseId().toString(), message);
    }

    private static GridV1 grid(CaseFile file) {
        return file.grid() == null ? null : new GridV1(file.grid().gridCode(), file.grid().communityCode(),
                file.grid().townshipCode(), file.grid().districtCode());
    }

    private static LocationV1 location(Double lat, Double lon) {
        return lat == null || lon == null ? null : new LocationV1(lat, lon);
    }
}
