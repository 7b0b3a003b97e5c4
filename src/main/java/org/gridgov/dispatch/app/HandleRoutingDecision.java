package org.gridgov.dispatch.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.CaseRefused;
import org.gridgov.dispatch.domain.GeoPoint;
import org.gridgov.dispatch.domain.GridChain;
import org.gridgov.dispatch.domain.LimitUnit;
import org.gridgov.dispatch.domain.NewCase;
import org.gridgov.dispatch.domain.Priority;
import org.gridgov.dispatch.domain.SelfResolution;
import org.gridgov.dispatch.domain.Source;
import org.gridgov.dispatch.domain.TimeLimit;
import org.gridgov.dispatch.domain.WorkingTime;
import org.gridgov.dispatch.messaging.RoutingDecisionV1;
import org.gridgov.dispatch.persistence.CaseStore;
import org.gridgov.platform.messaging.PoisonMessage;

/**
 * Turns routing's decisions into cases: CaseOpened creates one, ReportLinked adds a duplicate
 * report, CaseRerouted hands a returned case to its new assignee (or to the township centre).
 */
@Singleton
public class HandleRoutingDecision {

    private final CaseStore store;
    private final CaseRecorder recorder;
    private final CaseNumbers numbers;
    private final WorkingTime calendar;
    private final Clock clock;

    public HandleRoutingDecision(CaseStore store, CaseRecorder recorder, CaseNumbers numbers,
                                 WorkingTime calendar, Clock clock) {
        this.store = store;
        this.recorder = recorder;
        this.numbers = numbers;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public void handle(RoutingDecisionV1 decision) {
        Instant now = clock.instant();
        try {
            switch (decision.type()) {
                case "CaseOpened" -> open(decision, now);
                case "ReportLinked" -> {
                    if (decision.reportId() == null) {
                        throw new PoisonMessage("ReportLinked without reportId");
                    }
                    Case linkedTo = existing(decision);
                    if (!store.hasReport(linkedTo.id(), decision.reportId())) {
                        recorder.recordChanged(linkedTo.linkReport(decision.reportId(), now));
                    }
                }
                case "CaseRerouted" -> recorder.recordChanged(existing(decision).reroute(decision.assignee().code(),
                        decision.arbitration(), limit(decision), now, calendar));
                default -> throw new PoisonMessage("unknown type " + decision.type());
            }
        } catch (CaseRefused e) {
            throw new PoisonMessage(decision.type() + " refused for case " + decision.caseId() + ": " + e.getMessage());
        }
    }

    private void open(RoutingDecisionV1 d, Instant now) {
        if (store.exists(d.caseId())) {
            return; // the same decision under another eventId: the case is already there
        }
        GridChain grid = d.grid() == null ? null : new GridChain(d.grid().gridCode(), d.grid().communityCode(),
                d.grid().townshipCode(), d.grid().districtCode());
        GeoPoint location = d.location() == null ? null : new GeoPoint(d.location().lat(), d.location().lon());
        // a decision that does not say who reported is treated as a citizen's: a person registers it
        Source source = "worker".equals(d.source()) ? Source.WORKER : Source.CITIZEN;
        NewCase request = new NewCase(d.caseId(), numbers.next(), d.category(),
                Priority.valueOf(d.priority().toUpperCase(Locale.ROOT)), source, d.reporter(), d.description(),
                grid, location, d.reportId(), d.assignee().code(), d.arbitration(), limit(d),
                d.observedAt() == null ? d.occurredAt() : d.observedAt(),
                Boolean.TRUE.equals(d.selfResolved()) ? new SelfResolution(d.resolutionNote(), d.afterPhotos()) : null);
        recorder.recordNew(Case.open(request, now, calendar));
    }

    private Case existing(RoutingDecisionV1 d) {
        return store.find(d.caseId())
                .orElseThrow(() -> new PoisonMessage(d.type() + " for unknown case " + d.caseId()));
    }

    private static TimeLimit limit(RoutingDecisionV1 d) {
        return d.timeLimit() == null ? null
                : new TimeLimit(d.timeLimit().value(), LimitUnit.valueOf(d.timeLimit().unit().toUpperCase(Locale.ROOT)));
    }
}
