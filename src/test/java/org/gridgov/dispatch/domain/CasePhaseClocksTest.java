package org.gridgov.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.dispatch.domain.Cases.MONDAY_10;
import static org.gridgov.dispatch.domain.OfficeHours.CALENDAR;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each phase has its own clock: the department's 处置时限 (dispatch → resolve), the township's
 * 核查时限 (resolve → verify) and 结案时限 (verify → close), each warned yellow one working day (or
 * a quarter of the limit) before its deadline and marked red on the first working day after it.
 * The test calendar is Monday to Friday, 09:00–17:00 UTC.
 */
class CasePhaseClocksTest {

    private static final Actor DISPATCHER = new Actor("cgj-desk", ActorRole.DISPATCHER);
    private static final Actor TOWNSHIP = new Actor("fengshui", ActorRole.TOWNSHIP);
    private static final Actor WORKER = new Actor("worker-2", ActorRole.WORKER);
    private static final List<String> PHOTO = List.of("cd".repeat(32));
    /** 核查时限 one working day, 结案时限 four working hours. */
    private static final PhaseLimits LIMITS = Cases.TOWNSHIP_LIMITS;
    private static final Instant TUESDAY_11 = Instant.parse("2026-11-24T11:00:00Z");

    @Test
    void resolvingHandsTheClockToTheTownshipsVerificationLimit() {
        Case accepted = Cases.in(CaseState.ACCEPTED);

        Case resolved = accepted.resolve(DISPATCHER, "cleared", PHOTO, TUESDAY_11, CALENDAR, LIMITS).after();

        assertThat(resolved.phase()).contains(Phase.VERIFICATION);
        assertThat(resolved.phaseDeadline().dueAt()).as("one working day to verify")
                .isEqualTo(Instant.parse("2026-11-25T11:00:00Z"));
        assertThat(resolved.deadline()).as("the department's handling deadline stays on record").isEqualTo(accepted.deadline());
        assertThat(resolved.resolvedOnTime()).isTrue();
        assertThat(resolved.phaseWarning()).isEqualTo(Warning.NONE);
    }

    @Test
    void verifyingInTimeStartsTheClosingLimitAndClosingLateIsLateForTheTownshipOnly() {
        Case resolved = Cases.in(CaseState.ACCEPTED).resolve(DISPATCHER, "cleared", PHOTO, TUESDAY_11, CALENDAR, LIMITS).after();
        Instant wednesday10 = Instant.parse("2026-11-25T10:00:00Z");

        Case verified = resolved.verify(WORKER, true, "clean", PHOTO, wednesday10, CALENDAR, LIMITS).after();

        assertThat(verified.verifiedOnTime()).isTrue();
        assertThat(verified.verifiedAt()).isEqualTo(wednesday10);
        assertThat(verified.phase()).contains(Phase.CLOSING);
        assertThat(verified.phaseDeadline().dueAt()).as("four working hours to close").isEqualTo(Instant.parse("2026-11-25T14:00:00Z"));

        Case closedLate = verified.close(TOWNSHIP, null, Instant.parse("2026-11-25T15:00:00Z")).after();
        assertThat(closedLate.closingOnTime()).isFalse();
        assertThat(closedLate.closedOnTime()).as("still within the handling deadline").isTrue();
        assertThat(closedLate.phaseDeadline()).as("no clock runs on a closed case").isNull();
        Case closedInTime = verified.close(TOWNSHIP, null, Instant.parse("2026-11-25T14:00:00Z")).after();
        assertThat(closedInTime.closingOnTime()).isTrue();
    }

    @Test
    void aVerificationAfterItsLimitIsLateAndAFailedOneHandsTheClockBackToTheDepartment() {
        Case resolved = Cases.in(CaseState.ACCEPTED).resolve(DISPATCHER, "cleared", PHOTO, TUESDAY_11, CALENDAR, LIMITS).after();
        Instant thursday = Instant.parse("2026-11-26T10:00:00Z");

        assertThat(resolved.verify(WORKER, true, "clean", PHOTO, thursday, CALENDAR, LIMITS).after().verifiedOnTime()).isFalse();

        Outcome failed = resolved.verify(WORKER, false, "still there", PHOTO, thursday, CALENDAR, LIMITS);
        assertThat(failed.changes().get(0).after().verifiedOnTime()).as("the failed check was late too").isFalse();
        assertThat(failed.after().phase()).contains(Phase.HANDLING);
        assertThat(failed.after().phaseDeadline()).isEqualTo(failed.after().deadline());
        assertThat(failed.after().townshipDeadline()).isNull();
        assertThat(failed.after().verifiedOnTime()).isNull();
    }

    @Test
    void theSchedulerWarnsAndMarksTheTownshipsOwnClockWithoutEscalating() {
        Case resolved = Cases.in(CaseState.ACCEPTED).resolve(DISPATCHER, "cleared", PHOTO, TUESDAY_11, CALENDAR, LIMITS).after();
        Deadline verification = resolved.phaseDeadline();
        assertThat(verification.warnAt()).as("a quarter of the one-day limit before: from the close of Tuesday")
                .isEqualTo(Instant.parse("2026-11-24T17:00:00Z"));
        assertThat(verification.redAt()).as("the first working day after the deadline").isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
        assertThat(resolved.checkDeadline(verification.warnAt().minusSeconds(1)).changed()).isFalse();

        Outcome warned = resolved.checkDeadline(verification.warnAt());
        assertThat(warned.changes()).extracting(CaseChange::action).containsExactly(CaseAction.WARN);
        assertThat(warned.changes().get(0).note()).startsWith("verification deadline");
        assertThat(warned.after().townshipWarning()).isEqualTo(Warning.YELLOW);
        assertThat(warned.after().warning()).as("the department's signal is its own").isEqualTo(resolved.warning());
        assertThat(warned.after().checkDeadline(verification.dueAt().plusSeconds(60)).changed())
                .as("past the deadline, not yet red").isFalse();

        Outcome red = warned.after().checkDeadline(verification.redAt());
        assertThat(red.changes()).extracting(CaseChange::action).containsExactly(CaseAction.MARK_OVERDUE);
        assertThat(red.after().phaseWarning()).isEqualTo(Warning.RED);
        assertThat(red.after().escalation()).isEqualTo(resolved.escalation());
        assertThat(red.after().checkDeadline(verification.redAt().plus(Duration.ofDays(3))).changed()).isFalse();
    }

    @Test
    void aDeadlineAtTheCloseOfFridayTurnsRedWhenTheOfficeOpensOnMonday() {
        Instant friday9 = Instant.parse("2026-11-27T09:00:00Z");
        Deadline oneDay = Deadline.starting(friday9, new TimeLimit(1, LimitUnit.WORKING_DAY), CALENDAR);

        assertThat(oneDay.dueAt()).isEqualTo(Instant.parse("2026-11-27T17:00:00Z"));
        assertThat(oneDay.redAt()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(oneDay.signalAt(Instant.parse("2026-11-28T12:00:00Z"))).as("overdue over the weekend, yellow still")
                .isEqualTo(Warning.YELLOW);
    }

    @Test
    void roundTheClockLimitsTurnRedAtTheDeadline() {
        Deadline hours = Deadline.starting(MONDAY_10, new TimeLimit(24, LimitUnit.CALENDAR_HOUR), CALENDAR);
        assertThat(hours.redAt()).isEqualTo(hours.dueAt());
    }
}
