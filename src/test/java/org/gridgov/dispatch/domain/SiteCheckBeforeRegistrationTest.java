package org.gridgov.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.dispatch.domain.Cases.MONDAY_10;
import static org.gridgov.dispatch.domain.OfficeHours.CALENDAR;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 核实 before 立案: the township asks the grid's worker to confirm a citizen's report on site. */
class SiteCheckBeforeRegistrationTest {

    private static final TimeLimit ONE_WORKING_DAY = new TimeLimit(1, LimitUnit.WORKING_DAY);
    private static final Actor TOWNSHIP = new Actor("township-1", ActorRole.TOWNSHIP);
    private static final Actor WORKER = new Actor("worker-7", ActorRole.WORKER);
    private static final String PHOTO = "ef".repeat(32);

    private static Case waitingCitizenReport() {
        return Case.open(Cases.citizenReport("CGJ"), MONDAY_10, CALENDAR).after();
    }

    private static Case checking() {
        return waitingCitizenReport().requestCheck(TOWNSHIP, "请核实是否属实", ONE_WORKING_DAY, MONDAY_10, CALENDAR).after();
    }

    @Test
    void theTownshipAsksTheGridsWorkerToCheckWithinOneWorkingDay() {
        Outcome asked = waitingCitizenReport().requestCheck(TOWNSHIP, "请核实", ONE_WORKING_DAY, MONDAY_10, CALENDAR);

        Case c = asked.after();
        assertThat(c.state()).isEqualTo(CaseState.CHECKING);
        assertThat(asked.changes().get(0).action().eventType()).isEqualTo("CaseCheckRequested");
        assertThat(c.check().status()).isEqualTo(SiteCheck.Status.REQUESTED);
        assertThat(c.check().requestedBy()).isEqualTo("township-1");
        assertThat(c.check().dueAt()).isEqualTo(CALENDAR.plusWorkingMinutes(MONDAY_10, CALENDAR.workingMinutesPerDay()));
        assertThat(c.check().warnAt()).isBefore(c.check().dueAt()).isAfter(MONDAY_10);
        assertThat(c.deadline()).as("no department's clock runs").isNull();
    }

    @Test
    void confirmedOnSiteTheCaseWaitsForTheTownshipToRegisterIt() {
        Instant later = MONDAY_10.plus(Duration.ofHours(2));
        Outcome confirmed = checking().confirmCheck(WORKER, "现场确有违章搭建", List.of(PHOTO), later);

        Case c = confirmed.after();
        assertThat(c.state()).isEqualTo(CaseState.REPORTED);
        assertThat(c.check().status()).isEqualTo(SiteCheck.Status.CONFIRMED);
        assertThat(c.check().answeredBy()).isEqualTo("worker-7");
        assertThat(c.check().note()).isEqualTo("现场确有违章搭建");
        assertThat(confirmed.changes().get(0).photos()).containsExactly(PHOTO);
        assertThat(c.register(TOWNSHIP, "属实，立案", later, CALENDAR).after().state()).isEqualTo(CaseState.DISPATCHED);
    }

    @Test
    void deniedOnSiteTheTownshipRejectsIt() {
        Outcome denied = checking().denyCheck(WORKER, "现场未发现所述问题", List.of(), MONDAY_10.plusSeconds(600));

        Case c = denied.after();
        assertThat(c.state()).isEqualTo(CaseState.REPORTED);
        assertThat(c.check().status()).isEqualTo(SiteCheck.Status.DENIED);
        assertThat(denied.changes().get(0).reason()).isEqualTo("现场未发现所述问题");
        assertThat(c.reject(TOWNSHIP, "经核实不属实", MONDAY_10.plusSeconds(900)).after().state()).isEqualTo(CaseState.REJECTED);
    }

    @Test
    void notFoundOnSiteNeedsAReason() {
        assertThatThrownBy(() -> checking().denyCheck(WORKER, " ", List.of(), MONDAY_10))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void onlyTheWorkerAnswersAndOnlyTheTownshipAsks() {
        assertThatThrownBy(() -> checking().confirmCheck(TOWNSHIP, "ok", List.of(), MONDAY_10))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.kind()).isEqualTo(CaseRefused.Kind.ROLE));
        assertThatThrownBy(() -> waitingCitizenReport().requestCheck(WORKER, null, ONE_WORKING_DAY, MONDAY_10, CALENDAR))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.kind()).isEqualTo(CaseRefused.Kind.ROLE));
    }

    @Test
    void whileCheckingTheCaseIsNeitherRegisteredNorRejected() {
        assertThatThrownBy(() -> checking().register(TOWNSHIP, null, MONDAY_10, CALENDAR))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.kind()).isEqualTo(CaseRefused.Kind.ILLEGAL_TRANSITION));
    }

    @Test
    void aReportWithoutAGridHasNoWorkerToCheckIt() {
        Case noGrid = Cases.with(waitingCitizenReport(), d -> d.grid = null);
        assertThatThrownBy(() -> noGrid.requestCheck(TOWNSHIP, null, ONE_WORKING_DAY, MONDAY_10, CALENDAR))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.kind()).isEqualTo(CaseRefused.Kind.RULE));
    }

    @Test
    void theChecksOwnLimitWarnsThenTurnsRedAndTheAnswerClearsIt() {
        Case c = checking();
        assertThat(c.checkDeadline(MONDAY_10.plusSeconds(60)).changes()).isEmpty();

        Outcome warned = c.checkDeadline(c.check().warnAt());
        assertThat(warned.changes()).extracting(CaseChange::action).containsExactly(CaseAction.WARN_CHECK);
        assertThat(warned.after().warning()).isEqualTo(Warning.YELLOW);

        Outcome red = warned.after().checkDeadline(c.check().dueAt());
        assertThat(red.changes()).extracting(CaseChange::action).containsExactly(CaseAction.MARK_CHECK_OVERDUE);
        assertThat(red.after().warning()).isEqualTo(Warning.RED);
        assertThat(red.after().escalation()).as("a late check is not a department's 督办").isEqualTo(EscalationLevel.NONE);
        assertThat(red.after().checkDeadline(c.check().dueAt().plusSeconds(3600)).changes()).isEmpty();

        Case answered = red.after().confirmCheck(WORKER, null, List.of(), c.check().dueAt().plusSeconds(60)).after();
        assertThat(answered.warning()).isEqualTo(Warning.NONE);
        assertThat(answered.check().answeredLate()).isTrue();
    }
}
