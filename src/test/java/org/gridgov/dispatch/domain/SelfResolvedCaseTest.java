package org.gridgov.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.dispatch.domain.Cases.MONDAY_10;
import static org.gridgov.dispatch.domain.OfficeHours.CALENDAR;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 自处置 / 即查即办: a worker who fixed the problem on the spot files it; the case closes at once. */
class SelfResolvedCaseTest {

    private static final String AFTER = "cd".repeat(32);

    private static NewCase fixedOnTheSpot(NewCase report, List<String> afterPhotos) {
        return new NewCase(report.id(), report.number(), report.category(), report.priority(), report.source(),
                report.reporter(), report.description(), report.grid(), report.location(), report.reportId(),
                report.department(), report.arbitration(), report.timeLimit(), report.reportedAt(),
                new SelfResolution("swept it up", afterPhotos));
    }

    @Test
    void aSelfResolvedReportIsReportedRegisteredResolvedAndClosedByTheWorker() {
        Outcome opened = Case.open(fixedOnTheSpot(Cases.workerReport("CGJ"), List.of(AFTER)), MONDAY_10, CALENDAR);

        assertThat(opened.changes()).extracting(CaseChange::action).containsExactly(
                CaseAction.OPEN, CaseAction.SELF_REGISTER, CaseAction.SELF_RESOLVE, CaseAction.SELF_CLOSE);
        assertThat(opened.changes()).extracting(c -> c.action().eventType()).containsExactly(
                "CaseReported", "CaseRegistered", "CaseResolved", "CaseClosed");
        assertThat(opened.changes()).allSatisfy(change -> {
            assertThat(change.actor()).isEqualTo(new Actor(Cases.REPORTER, ActorRole.WORKER));
            assertThat(change.after().selfResolved()).isTrue();
        });
        CaseChange resolution = opened.changes().get(2);
        assertThat(resolution.photos()).containsExactly(AFTER);
        assertThat(resolution.note()).isEqualTo("swept it up");
        assertThat(opened.changes().get(0).report()).isNotNull();
    }

    @Test
    void theClosedCaseNeverReachedADepartment() {
        Case closed = Case.open(fixedOnTheSpot(Cases.workerReport("CGJ"), List.of(AFTER)), MONDAY_10, CALENDAR).after();

        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.department()).isNull();
        assertThat(closed.dispatchedAt()).isNull();
        assertThat(closed.deadline()).isNull();
        assertThat(closed.resolvedAt()).isEqualTo(MONDAY_10);
        assertThat(closed.closedAt()).isEqualTo(MONDAY_10);
        assertThat(closed.resolvedOnTime()).isTrue();
        assertThat(closed.closedOnTime()).isTrue();
        assertThat(Case.open(fixedOnTheSpot(Cases.workerReport("CGJ"), List.of(AFTER)), MONDAY_10, CALENDAR)
                .changes()).noneMatch(CaseChange::dispatchesWork);
    }

    @Test
    void theReporterMayStillRateTheClosedCase() {
        Case closed = Case.open(fixedOnTheSpot(Cases.workerReport("CGJ"), List.of(AFTER)), MONDAY_10, CALENDAR).after();

        Outcome rated = closed.rate(new Actor(Cases.REPORTER, ActorRole.REPORTER), Rating.SATISFIED, null,
                MONDAY_10.plusSeconds(60), CALENDAR);

        assertThat(rated.after().rating()).isEqualTo(Rating.SATISFIED);
    }

    @Test
    void aSelfResolvedReportWithoutAnAfterPhotoIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Case.open(fixedOnTheSpot(Cases.workerReport("CGJ"), List.of()), MONDAY_10, CALENDAR))
                .isInstanceOfSatisfying(CaseRefused.class, e -> {
                    assertThat(e.kind()).isEqualTo(CaseRefused.Kind.INPUT);
                    assertThat(e.field()).isEqualTo("afterPhotos");
                });
    }

    @Test
    void onlyAWorkersReportCanBeSelfResolved() {
        assertThatThrownBy(() -> Case.open(fixedOnTheSpot(Cases.citizenReport("CGJ"), List.of(AFTER)), MONDAY_10, CALENDAR))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.kind()).isEqualTo(CaseRefused.Kind.RULE));
    }

    @Test
    void theShortPathIsTheWorkersAndNoButtonOffersIt() {
        assertThat(Transitions.find(CaseState.REPORTED, CaseAction.SELF_REGISTER))
                .contains(new Transitions.Move(CaseState.REGISTERED, Set.of(ActorRole.WORKER)));
        assertThat(Transitions.find(CaseState.REGISTERED, CaseAction.SELF_RESOLVE))
                .contains(new Transitions.Move(CaseState.RESOLVED, Set.of(ActorRole.WORKER)));
        assertThat(Transitions.find(CaseState.RESOLVED, CaseAction.SELF_CLOSE))
                .contains(new Transitions.Move(CaseState.CLOSED, Set.of(ActorRole.WORKER)));
        assertThat(List.of(CaseAction.SELF_REGISTER, CaseAction.SELF_RESOLVE, CaseAction.SELF_CLOSE))
                .noneMatch(CaseAction::onRequest);
    }

    @Test
    void anOrdinaryWorkersReportIsStillDispatched() {
        Case dispatched = Case.open(Cases.workerReport("CGJ"), MONDAY_10, CALENDAR).after();

        assertThat(dispatched.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(dispatched.selfResolved()).isFalse();
    }
}
