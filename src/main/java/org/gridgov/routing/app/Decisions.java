package org.gridgov.routing.app;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.routing.messaging.RoutingOutbox;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.routing.domain.DepartmentDirectory;
import org.gridgov.routing.domain.Target;
import org.gridgov.routing.domain.TargetKind;
import org.gridgov.routing.messaging.GridV1;
import org.gridgov.routing.messaging.LocationV1;
import org.gridgov.routing.messaging.RoutingDecisionV1;
import org.gridgov.routing.persistence.CaseFileRow;
import org.gridgov.routing.persistence.CaseReturnRow;

/** Puts routing's decisions into the outbox, on the caller's transaction, keyed by case id. */
@Singleton
class Decisions {

    private final RoutingOutbox outbox;
    private final DepartmentDirectory departments;
    private final Clock clock;

    Decisions(RoutingOutbox outbox, DepartmentDirectory departments, Clock clock) {
        this.outbox = outbox;
        this.departments = departments;
        this.clock = clock;
    }

    void caseOpened(CaseFileRow file) {
        publish(message(RoutingDecisionV1.CASE_OPENED, file, file.firstReportId(), file.source(), file.reporter(),
                file.description(), location(file.lat(), file.lon()), file.observedAt(), true, null));
    }

    /** 自处置: the case of a worker's self-resolved report, which dispatch closes at once. */
    void selfResolvedCaseOpened(CaseFileRow file, String resolutionNote, List<String> afterPhotos) {
        RoutingDecisionV1 m = message(RoutingDecisionV1.CASE_OPENED, file, file.firstReportId(), file.source(),
                file.reporter(), file.description(), location(file.lat(), file.lon()), file.observedAt(), true, null);
        publish(new RoutingDecisionV1(m.eventId(), m.type(), m.occurredAt(), m.schemaVersion(), m.caseId(), m.reportId(),
                m.source(), m.reporter(), m.category(), m.description(), m.location(), m.grid(), m.priority(),
                m.assignee(), m.arbitration(), m.timeLimit(), m.deadline(), m.returns(), m.observedAt(),
                m.calendarMissing(), true, resolutionNote, List.copyOf(afterPhotos)));
    }

    void reportLinked(CaseFileRow file, UUID reportId, String source, String reporter, String description,
            LocationV1 location, Instant observedAt) {
        publish(message(RoutingDecisionV1.REPORT_LINKED, file, reportId, source, reporter, description, location,
                observedAt, false, null));
    }

    void caseRerouted(CaseFileRow file, List<CaseReturnRow> returns) {
        List<RoutingDecisionV1.Return> earlier = returns.stream()
                .map(r -> new RoutingDecisionV1.Return(r.department(), r.reason(), r.returnedAt())).toList();
        publish(message(RoutingDecisionV1.CASE_REROUTED, file, file.firstReportId(), file.source(), file.reporter(),
                file.description(), location(file.lat(), file.lon()), file.observedAt(), true, earlier));
    }

    private RoutingDecisionV1 message(String type, CaseFileRow file, UUID reportId, String source, String reporter,
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

    private static GridV1 grid(CaseFileRow file) {
        return file.gridCode() == null ? null
                : new GridV1(file.gridCode(), file.communityCode(), file.townshipCode(), file.districtCode());
    }

    private static LocationV1 location(Double lat, Double lon) {
        return lat == null || lon == null ? null : new LocationV1(lat, lon);
    }
}
