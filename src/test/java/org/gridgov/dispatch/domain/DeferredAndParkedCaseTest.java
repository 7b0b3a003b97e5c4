package org.gridgov.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.dispatch.domain.Cases.MONDAY_10;
import static org.gridgov.dispatch.domain.OfficeHours.CALENDAR;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * 缓办 and 挂账: the township stops the department's clock of a case in its hands, with a reason;
 * the case is never warned, overdue or escalated while it stands; 恢复办理 (by the township, or by
 * the system on a deferral's date) returns it to the state it had with the deadline moved on by
 * the working time it stood still.
 */
class DeferredAndParkedCaseTest {

    private static final Actor TOWNSHIP = new Actor("fengshui", ActorRole.TOWNSHIP);
    private static final Actor DISPATCHER = new Actor("cgj-desk", ActorRole.DISPATCHER);
    /** Monday 11:00, an hour after the fixture's dispatch; its deadline is Monday 30 November 10:00. */
    private static final Instant NOW = MONDAY_10.plus(Duration.ofHours(1));
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    private static Case accepted() {
        return Cases.in(CaseState.ACCEPTED);
    }

    @Test
    void deferringNeedsAReasonAndAResumeDayAfterTodayAndAtMost90DaysAhead() {
        assertRefusedOn("reason", () -> accepted().defer(TOWNSHIP, " ", WEDNESDAY, NOW, CALENDAR));
        assertRefusedOn("resumeOn", () -> accepted().defer(TOWNSHIP, "rainy season", null, NOW, CALENDAR));
        assertRefusedOn("resumeOn", () -> accepted().defer(TOWNSHIP, "rainy season", LocalDate.of(2026, 11, 23), NOW, CALENDAR));
        assertRefusedOn("resumeOn", () -> accepted().defer(TOWNSHIP, "rainy season", LocalDate.of(2026, 11, 23).plusDays(91), NOW, CALENDAR));

        Case deferred = accepted().defer(TOWNSHIP, "rainy season", LocalDate.of(2026, 11, 23).plusDays(90), NOW, CALENDAR).after();
        assertThat(deferred.state()).isEqualTo(CaseState.DEFERRED);
        assertThat(deferred.pause()).isEqualTo(new Pause(CaseState.ACCEPTED, "rainy season", "fengshui", NOW,
                LocalDate.of(2027, 2, 21), Instant.parse("2027-02-21T00:00:00Z")));
    }

    @Test
    void onlyTheTownshipPausesACaseAndOnlyWhileADepartmentHoldsIt() {
        assertThatThrownBy(() -> accepted().park(DISPATCHER, "not ours to decide", NOW))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.kind()).isEqualTo(CaseRefused.Kind.ROLE));
        assertThatThrownBy(() -> Cases.in(CaseState.RESOLVED).park(TOWNSHIP, "needs a decision", NOW))
                .isInstanceOfSatisfying(CaseRefused.class,
                        e -> assertThat(e.kind()).isEqualTo(CaseRefused.Kind.ILLEGAL_TRANSITION));
        assertRefusedOn("reason", () -> accepted().park(TOWNSHIP, null, NOW));
    }

    @Test
    void aDeferredCaseIsNeverWarnedOverdueOrEscalatedWhileItsDeadlinePasses() {
        Case yellow = Cases.with(accepted(), d -> d.warning = Warning.YELLOW);
        Case deferred = yellow.defer(TOWNSHIP, "rainy season", LocalDate.of(2026, 12, 10), NOW, CALENDAR).after();

        assertThat(deferred.warning()).as("no colour while nobody is to act").isEqualTo(Warning.NONE);
        assertThat(deferred.phase()).isEmpty();
        assertThat(deferred.phaseWarning()).isEqualTo(Warning.NONE);
        for (Instant at : new Instant[] {deferred.deadline().warnAt(), deferred.deadline().redAt(),
                deferred.deadline().districtAt(), Instant.parse("2026-12-09T23:59:00Z")}) {
            assertThat(deferred.scan(at, CALENDAR).changes()).as("at %s", at).isEmpty();
        }
    }

    @Test
    void theScanResumesADeferralOnItsDayWithTheDeadlineMovedOnByTheWorkingTimeItStoodStill() {
        Case accepted = accepted();
        Case deferred = accepted.defer(TOWNSHIP, "rainy season", LocalDate.of(2026, 12, 1), NOW, CALENDAR).after();
        Instant tuesdayMidnight = Instant.parse("2026-12-01T00:00:00Z");

        Outcome resumed = deferred.scan(tuesdayMidnight, CALENDAR);

        assertThat(resumed.changes()).extracting(CaseChange::action).containsExactly(CaseAction.RESUME);
        CaseChange change = resumed.changes().get(0);
        assertThat(change.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(change.to()).as("back to the state it had").isEqualTo(CaseState.ACCEPTED);
        Case after = resumed.after();
        assertThat(after.pause()).isNull();
        // Monday 11:00 to Tuesday 1 December 00:00: 6 + 4 × 8 + 8 = 46 working hours
        assertThat(CALENDAR.workingMinutesBetween(NOW, tuesdayMidnight)).isEqualTo(46 * 60);
        assertThat(after.deadline().minutes()).isEqualTo(accepted.deadline().minutes() + 46 * 60);
        assertThat(CALENDAR.workingMinutesBetween(tuesdayMidnight, after.deadline().dueAt()))
                .as("the department has as much working time left as when the case was deferred")
                .isEqualTo(CALENDAR.workingMinutesBetween(NOW, accepted.deadline().dueAt()));
        assertThat(after.deadline().startedAt()).isEqualTo(accepted.deadline().startedAt());
        assertThat(deferred.scan(tuesdayMidnight.minusSeconds(1), CALENDAR).changes()).as("not a second early").isEmpty();
    }

    @Test
    void aParkedCaseWaitsForTheTownshipWhichResumesItWithANote() {
        Case dispatched = Cases.in(CaseState.DISPATCHED);
        Case parked = dispatched.park(TOWNSHIP, "needs the district's decision on the land", NOW).after();
        assertThat(parked.state()).isEqualTo(CaseState.PARKED);
        assertThat(parked.pause().resumeOn()).isNull();
        assertThat(parked.scan(Instant.parse("2027-06-01T10:00:00Z"), CALENDAR).changes()).as("never by itself").isEmpty();
        assertThatThrownBy(() -> parked.resume(Actor.SYSTEM, null, NOW, CALENDAR))
                .isInstanceOfSatisfying(CaseRefused.class, e -> assertThat(e.kind()).isEqualTo(CaseRefused.Kind.ROLE));
        assertRefusedOn("note", () -> parked.resume(TOWNSHIP, "", NOW, CALENDAR));

        Instant nextMonday = Instant.parse("2026-11-30T11:00:00Z"); // five working days later
        Case resumed = parked.resume(TOWNSHIP, "区里已明确由城管局办理", nextMonday, CALENDAR).after();
        assertThat(resumed.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(resumed.deadline().dueAt()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(resumed.warning()).isEqualTo(Warning.NONE);
    }

    @Test
    void aResumedCaseShowsItsClocksSignalAgain() {
        Case yellow = Cases.with(accepted(), d -> d.warning = Warning.YELLOW);
        Instant friday = Instant.parse("2026-11-27T16:00:00Z"); // in the last working day before the deadline
        Case parked = yellow.park(TOWNSHIP, "needs a decision", friday).after();

        Case resumed = parked.resume(TOWNSHIP, "decided", friday.plus(Duration.ofDays(3)), CALENDAR).after();

        assertThat(resumed.warning()).isEqualTo(Warning.YELLOW);
        assertThat(resumed.checkDeadline(resumed.deadline().warnAt()).changes()).as("warned once already").isEmpty();
    }

    private static void assertRefusedOn(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CaseRefused.class, e -> {
            assertThat(e.kind()).isEqualTo(CaseRefused.Kind.INPUT);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
