package org.gridgov.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.dispatch.domain.Cases.MONDAY_10;
import static org.gridgov.dispatch.domain.OfficeHours.CALENDAR;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseLifecycleRulesTest {

    private static final Actor DISPATCHER = new Actor("cgj-desk", ActorRole.DISPATCHER);
    private static final Actor TOWNSHIP = new Actor("fengshui", ActorRole.TOWNSHIP);
    private static final Actor WORKER = new Actor("worker-2", ActorRole.WORKER);
    private static final Actor REPORTER = new Actor(Cases.REPORTER, ActorRole.REPORTER);
    private static final List<String> PHOTO = List.of("cd".repeat(32));
    private static final PhaseLimits LIMITS = Cases.TOWNSHIP_LIMITS;

    @Test
    void aWorkersRoutedReportIsRegisteredAndDispatchedBySystemAtOnce() {
        Outcome opened = Case.open(Cases.workerReport("CGJ"), MONDAY_10, CALENDAR);

        assertThat(opened.changes()).extracting(CaseChange::action)
                .containsExactly(CaseAction.OPEN, CaseAction.REGISTER, CaseAction.DISPATCH);
        assertThat(opened.changes()).extracting(c -> c.actor().name()).containsOnly("system");
        assertThat(opened.after().state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(opened.after().department()).isEqualTo("CGJ");
        // 5 working days from Monday 10:00 → next Monday 10:00
        assertThat(opened.after().deadline().dueAt()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(opened.changes().get(1).after().state()).as("each change carries the case after it")
                .isEqualTo(CaseState.REGISTERED);
    }

    @Test
    void citizenReportsAndArbitrationCasesWaitForTheTownship() {
        assertThat(Case.open(Cases.citizenReport("CGJ"), MONDAY_10, CALENDAR).after().state())
                .isEqualTo(CaseState.REPORTED);
        NewCase w = Cases.workerReport("370303102-CENTRE");
        NewCase arbitration = new NewCase(w.id(), w.number(), w.category(), w.priority(), w.source(), w.reporter(),
                w.description(), w.grid(), w.location(), w.reportId(), w.department(), true, w.timeLimit(), w.reportedAt());
        Outcome opened = Case.open(arbitration, MONDAY_10, CALENDAR);
        assertThat(opened.after().state()).isEqualTo(CaseState.REPORTED);

        Case registered = opened.after().register(TOWNSHIP, null, MONDAY_10, CALENDAR).after();
        assertThat(registered.state()).as("no routed department: registered, waiting for a ruling")
                .isEqualTo(CaseState.REGISTERED);
        assertThat(registered.assignDepartment(TOWNSHIP, "ZJJ", MONDAY_10, CALENDAR).after())
                .extracting(Case::state, Case::department).containsExactly(CaseState.DISPATCHED, "ZJJ");
    }

    @Test
    void rejectingReturningReopeningAndEscalatingNeedAReason() {
        assertThatThrownBy(() -> Cases.in(CaseState.REPORTED).reject(TOWNSHIP, " ", MONDAY_10))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> Cases.in(CaseState.DISPATCHED).returnToRouting(DISPATCHER, null, MONDAY_10, CALENDAR))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.field()).isEqualTo("reason"));
        Case failed = Cases.with(Cases.in(CaseState.RESOLVED), d -> d.verificationFailed = true);
        assertThatThrownBy(() -> failed.reopen(TOWNSHIP, "", MONDAY_10, CALENDAR))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> Cases.in(CaseState.ACCEPTED).escalate(TOWNSHIP, null, MONDAY_10))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void aDepartmentMayReturnOnlyWithinTwoWorkingDaysOfDispatch() {
        Case dispatched = Cases.in(CaseState.DISPATCHED); // Monday 10:00
        Instant wednesdayTen = Instant.parse("2026-11-25T10:00:00Z");

        Case returned = dispatched.returnToRouting(DISPATCHER, "not ours", wednesdayTen, CALENDAR).after();
        assertThat(returned.state()).isEqualTo(CaseState.RETURNED);
        assertThat(returned.returnedBy()).containsExactly("CGJ");
        assertThatThrownBy(() -> dispatched.returnToRouting(DISPATCHER, "not ours", wednesdayTen.plusSeconds(60), CALENDAR))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.kind()).isEqualTo(CaseRefused.Kind.RULE));
    }

    @Test
    void aReturnedCaseIsReroutedOrWaitsForArbitration() {
        Case returned = Cases.in(CaseState.RETURNED);
        Instant now = MONDAY_10.plus(Duration.ofHours(2));

        Case rerouted = returned.reroute("ZJJ", false, new TimeLimit(2, LimitUnit.WORKING_DAY), now, CALENDAR).after();
        assertThat(rerouted.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(rerouted.department()).isEqualTo("ZJJ");
        assertThat(rerouted.deadline().dueAt()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));

        Outcome waiting = returned.reroute("370303102-CENTRE", true, null, now, CALENDAR);
        assertThat(waiting.after().state()).isEqualTo(CaseState.RETURNED);
        assertThat(waiting.changes().get(0).action().eventType()).isNull();
    }

    @Test
    void anExtensionIsRequestedOnceBoundedAndGrantedByTheTownship() {
        Case accepted = Cases.in(CaseState.ACCEPTED);
        assertThatThrownBy(() -> accepted.requestExtension(DISPATCHER, 11, "big job", MONDAY_10))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.field()).isEqualTo("workingDays"));
        assertThatThrownBy(() -> accepted.requestExtension(DISPATCHER, 0, "big job", MONDAY_10))
                .isInstanceOf(CaseRefused.class);

        Case requested = accepted.requestExtension(DISPATCHER, 3, "needs a permit", MONDAY_10).after();
        Case granted = requested.grantExtension(TOWNSHIP, null, MONDAY_10, CALENDAR).after();

        assertThat(granted.deadline().dueAt()).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
        assertThat(granted.extension()).isEqualTo(ExtensionStatus.GRANTED);
        assertThatThrownBy(() -> granted.requestExtension(DISPATCHER, 1, "again", MONDAY_10))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.kind()).isEqualTo(CaseRefused.Kind.RULE));
        Case refused = requested.refuseExtension(TOWNSHIP, "no", MONDAY_10).after();
        assertThat(refused.deadline()).isEqualTo(accepted.deadline());
        assertThatThrownBy(() -> refused.requestExtension(DISPATCHER, 1, "again", MONDAY_10))
                .isInstanceOf(CaseRefused.class);
        assertThatThrownBy(() -> accepted.grantExtension(TOWNSHIP, null, MONDAY_10, CALENDAR))
                .as("nothing to grant").isInstanceOf(CaseRefused.class);
    }

    @Test
    void aFailedVerificationGoesStraightBackToTheSameDepartmentWithAFreshDeadline() {
        Case resolved = Cases.in(CaseState.RESOLVED);
        assertThatThrownBy(() -> resolved.verify(WORKER, true, "ok", List.of(), MONDAY_10, CALENDAR, LIMITS))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.field()).isEqualTo("photos"));
        assertThatThrownBy(() -> resolved.verify(WORKER, false, " ", PHOTO, MONDAY_10, CALENDAR, LIMITS))
                .as("a failed check says why").isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThatThrownBy(() -> resolved.reopen(TOWNSHIP, "why", MONDAY_10, CALENDAR))
                .as("nothing failed yet").isInstanceOf(CaseRefused.class);

        Instant thursday = Instant.parse("2026-11-26T15:00:00Z");
        Outcome failed = resolved.verify(WORKER, false, "garbage still there", PHOTO, thursday, CALENDAR, LIMITS);

        assertThat(failed.changes()).extracting(CaseChange::action)
                .containsExactly(CaseAction.FAIL_VERIFICATION, CaseAction.REOPEN);
        CaseChange check = failed.changes().get(0);
        assertThat(check.actor()).isEqualTo(WORKER);
        assertThat(check.reason()).isEqualTo("garbage still there");
        assertThat(check.photos()).as("the evidence stays on the timeline").isEqualTo(PHOTO);
        CaseChange rework = failed.changes().get(1);
        assertThat(rework.actor()).as("no manual reopen").isEqualTo(Actor.SYSTEM);
        assertThat(rework.reason()).isEqualTo("garbage still there");
        assertThat(rework.dispatchesWork()).as("a work order goes out again").isTrue();
        Case reworked = failed.after();
        assertThat(reworked.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(reworked.department()).isEqualTo("CGJ");
        assertThat(reworked.deadline().startedAt()).isEqualTo(thursday);
        assertThat(reworked.deadline().dueAt()).isEqualTo(Instant.parse("2026-12-03T15:00:00Z"));
        assertThat(reworked.warning()).isEqualTo(Warning.NONE);
        assertThat(reworked.resolvedAt()).isNull();
    }

    @Test
    void aCaseFailedBeforeReworkWasAutomaticIsStillReopenedByTheTownship() {
        Case failed = Cases.with(Cases.in(CaseState.RESOLVED), d -> d.verificationFailed = true);
        Instant thursday = Instant.parse("2026-11-26T15:00:00Z");

        Case reopened = failed.reopen(TOWNSHIP, "garbage still there", thursday, CALENDAR).after();

        assertThat(reopened.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(reopened.deadline().startedAt()).isEqualTo(thursday);
    }

    @Test
    void theWarningComesOneWorkingDayOrAQuarterOfTheLimitBeforeTheDeadline() {
        Case fiveDays = Cases.in(CaseState.DISPATCHED);
        assertThat(fiveDays.deadline().warnAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));

        NewCase w = Cases.workerReport("CGJ");
        NewCase fourHours = new NewCase(w.id(), w.number(), w.category(), w.priority(), w.source(), w.reporter(),
                w.description(), w.grid(), w.location(), w.reportId(), "CGJ", false,
                new TimeLimit(4, LimitUnit.WORKING_HOUR), w.reportedAt());
        Deadline d = Case.open(fourHours, MONDAY_10, CALENDAR).after().deadline();
        assertThat(d.dueAt()).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(d.warnAt()).isEqualTo(Instant.parse("2026-11-23T13:00:00Z"));
    }

    @Test
    void theSchedulerWarnsThenMarksOverdueAndClimbsTheEscalationLadder() {
        Case c = Cases.in(CaseState.ACCEPTED);
        assertThat(c.checkDeadline(c.deadline().warnAt().minusSeconds(1)).changed()).isFalse();

        Outcome warned = c.checkDeadline(c.deadline().warnAt());
        assertThat(warned.changes()).extracting(CaseChange::action).containsExactly(CaseAction.WARN);
        assertThat(warned.after().warning()).isEqualTo(Warning.YELLOW);
        assertThat(warned.after().checkDeadline(c.deadline().warnAt().plusSeconds(60)).changed())
                .as("warned once").isFalse();

        assertThat(warned.after().checkDeadline(c.deadline().dueAt()).changed())
                .as("past the deadline (Monday 10:00) but red only on the next working day").isFalse();
        assertThat(c.deadline().redAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        Outcome overdue = warned.after().checkDeadline(c.deadline().redAt());
        assertThat(overdue.changes()).extracting(CaseChange::action)
                .containsExactly(CaseAction.MARK_OVERDUE, CaseAction.ESCALATE);
        assertThat(overdue.after()).extracting(Case::warning, Case::escalation)
                .containsExactly(Warning.RED, EscalationLevel.TOWNSHIP);

        Outcome district = overdue.after().checkDeadline(c.deadline().districtAt());
        assertThat(district.changes()).extracting(CaseChange::action).containsExactly(CaseAction.ESCALATE);
        assertThat(district.after().escalation()).isEqualTo(EscalationLevel.DISTRICT);
        assertThat(district.after().checkDeadline(c.deadline().districtAt().plusSeconds(3600)).changed()).isFalse();
    }

    @Test
    void escalationByHandClimbsOneRungAndStopsAtTheDistrict() {
        Case c = Cases.in(CaseState.DISPATCHED).escalate(TOWNSHIP, "complaints", MONDAY_10).after();
        assertThat(c.escalation()).isEqualTo(EscalationLevel.TOWNSHIP);
        Case top = c.escalate(TOWNSHIP, "still nothing", MONDAY_10).after();
        assertThat(top.escalation()).isEqualTo(EscalationLevel.DISTRICT);
        assertThatThrownBy(() -> top.escalate(TOWNSHIP, "more", MONDAY_10)).isInstanceOf(CaseRefused.class);
    }

    @Test
    void closingRecordsWhetherTheCaseClosedByItsDeadline() {
        Case verified = Cases.in(CaseState.VERIFIED);
        assertThat(verified.close(TOWNSHIP, null, verified.deadline().dueAt()).after().closedOnTime()).isTrue();
        assertThat(verified.close(TOWNSHIP, null, verified.deadline().dueAt().plusSeconds(1)).after().closedOnTime()).isFalse();
    }

    @Test
    void aDissatisfiedReporterReopensTheCaseOnceWithinSevenDays() {
        Case closed = Cases.in(CaseState.CLOSED); // closed Monday 10:00
        Outcome rated = closed.rate(REPORTER, Rating.DISSATISFIED, "still smells", MONDAY_10.plus(Duration.ofDays(6)), CALENDAR);
        assertThat(rated.changes()).extracting(CaseChange::action).containsExactly(CaseAction.RATE, CaseAction.REOPEN);
        assertThat(rated.after().state()).isEqualTo(CaseState.DISPATCHED);

        Case closedAgain = Cases.with(rated.after(), d -> {
            d.state = CaseState.CLOSED;
            d.closedAt = MONDAY_10.plus(Duration.ofDays(8));
        });
        Outcome second = closedAgain.rate(REPORTER, Rating.DISSATISFIED, null, MONDAY_10.plus(Duration.ofDays(9)), CALENDAR);
        assertThat(second.after().state()).as("only once").isEqualTo(CaseState.CLOSED);
        assertThat(second.after().rating()).isEqualTo(Rating.DISSATISFIED);

        Outcome late = closed.rate(REPORTER, Rating.DISSATISFIED, null, MONDAY_10.plus(Duration.ofDays(8)), CALENDAR);
        assertThat(late.after().state()).as("after 7 days").isEqualTo(CaseState.CLOSED);
        assertThatThrownBy(() -> late.after().rate(REPORTER, Rating.SATISFIED, null, MONDAY_10, CALENDAR))
                .as("rated once").isInstanceOf(CaseRefused.class);
        assertThatThrownBy(() -> closed.rate(new Actor("someone-else", ActorRole.REPORTER), Rating.SATISFIED, null, MONDAY_10, CALENDAR))
                .isInstanceOf(CaseRefused.class);
    }

    @Test
    void aLinkedReportIsCountedAndItsChangeNamesOnlyThatReport() {
        Case c = Cases.in(CaseState.ACCEPTED);
        java.util.UUID report = java.util.UUID.randomUUID();
        Outcome linked = c.linkReport(report, MONDAY_10);
        assertThat(linked.after().reportCount()).isEqualTo(c.reportCount() + 1);
        assertThat(linked.after().state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(linked.changes()).singleElement().satisfies(change -> {
            assertThat(change.report()).isEqualTo(report);
            assertThat(change.addsReport()).isTrue();
        });
    }

    @Test
    void aNewCaseCountsItsFirstReportAndOnlyItsOpeningChangeNamesIt() {
        NewCase report = Cases.workerReport("CGJ");
        Outcome opened = Case.open(report, MONDAY_10, CALENDAR);
        assertThat(opened.after().reportCount()).isEqualTo(1);
        assertThat(opened.changes()).extracting(CaseChange::action)
                .containsExactly(CaseAction.OPEN, CaseAction.REGISTER, CaseAction.DISPATCH);
        assertThat(opened.changes()).extracting(CaseChange::report).containsExactly(report.reportId(), null, null);
    }
}
