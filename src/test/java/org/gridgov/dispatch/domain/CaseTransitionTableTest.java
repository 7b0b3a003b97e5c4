package org.gridgov.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.dispatch.domain.Cases.MONDAY_10;
import static org.gridgov.dispatch.domain.OfficeHours.CALENDAR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state × every action × every role, driven through the aggregate's commands against the
 * lifecycle written out here independently of {@link Transitions}: allowed moves land in the
 * expected state; everything else is refused (409 for a missing transition, 403 for a wrong role).
 * The fixtures' deferred case was accepted before, the parked one dispatched ({@link Cases#in}), so
 * 恢复办理 shows that a paused case goes back to the state it had.
 */
class CaseTransitionTableTest {

    private static final String EXPECTED = """
            REPORTED   REGISTER          REGISTERED  SYSTEM TOWNSHIP
            REPORTED   REJECT            REJECTED    TOWNSHIP
            REPORTED   ASSIGN_DEPARTMENT DISPATCHED  TOWNSHIP
            REGISTERED DISPATCH          DISPATCHED  SYSTEM
            REGISTERED ASSIGN_DEPARTMENT DISPATCHED  TOWNSHIP
            DISPATCHED ACCEPT            ACCEPTED    DISPATCHER
            DISPATCHED RETURN            RETURNED    DISPATCHER
            DISPATCHED REQUEST_EXTENSION DISPATCHED  DISPATCHER
            DISPATCHED GRANT_EXTENSION   DISPATCHED  TOWNSHIP
            DISPATCHED REFUSE_EXTENSION  DISPATCHED  TOWNSHIP
            DISPATCHED ESCALATE          DISPATCHED  TOWNSHIP SYSTEM
            DISPATCHED WARN              DISPATCHED  SYSTEM
            DISPATCHED MARK_OVERDUE      DISPATCHED  SYSTEM
            ACCEPTED   ASSIGN            ACCEPTED    DISPATCHER
            ACCEPTED   RESOLVE           RESOLVED    DISPATCHER
            ACCEPTED   REQUEST_EXTENSION ACCEPTED    DISPATCHER
            ACCEPTED   GRANT_EXTENSION   ACCEPTED    TOWNSHIP
            ACCEPTED   REFUSE_EXTENSION  ACCEPTED    TOWNSHIP
            ACCEPTED   ESCALATE          ACCEPTED    TOWNSHIP SYSTEM
            ACCEPTED   WARN              ACCEPTED    SYSTEM
            ACCEPTED   MARK_OVERDUE      ACCEPTED    SYSTEM
            RESOLVED   VERIFY            VERIFIED    WORKER TOWNSHIP
            RESOLVED   FAIL_VERIFICATION RESOLVED    WORKER TOWNSHIP
            RESOLVED   REOPEN            DISPATCHED  TOWNSHIP SYSTEM
            RESOLVED   WARN              RESOLVED    SYSTEM
            RESOLVED   MARK_OVERDUE      RESOLVED    SYSTEM
            VERIFIED   WARN              VERIFIED    SYSTEM
            VERIFIED   MARK_OVERDUE      VERIFIED    SYSTEM
            VERIFIED   CLOSE             CLOSED      TOWNSHIP
            VERIFIED   REOPEN            DISPATCHED  TOWNSHIP
            CLOSED     RATE              CLOSED      REPORTER
            CLOSED     REOPEN            DISPATCHED  SYSTEM
            RETURNED   REROUTE           DISPATCHED  SYSTEM
            RETURNED   AWAIT_ARBITRATION RETURNED    SYSTEM
            RETURNED   ASSIGN_DEPARTMENT DISPATCHED  TOWNSHIP
            REPORTED   REQUEST_CHECK     CHECKING    TOWNSHIP
            CHECKING   CONFIRM           REPORTED    WORKER
            CHECKING   DENY              REPORTED    WORKER
            DISPATCHED DEFER             DEFERRED    TOWNSHIP
            DISPATCHED PARK              PARKED      TOWNSHIP
            ACCEPTED   DEFER             DEFERRED    TOWNSHIP
            ACCEPTED   PARK              PARKED      TOWNSHIP
            DEFERRED   RESUME            ACCEPTED    TOWNSHIP SYSTEM
            PARKED     RESUME            DISPATCHED  TOWNSHIP
            """;

    /** Actions whose command takes no actor: only the system can cause them. */
    private static final Set<CaseAction> SYSTEM_ONLY_COMMANDS = EnumSet.of(
            CaseAction.REROUTE, CaseAction.AWAIT_ARBITRATION, CaseAction.LINK_REPORT,
            CaseAction.WARN, CaseAction.MARK_OVERDUE);

    /** 自处置: steps only the opening of a self-resolved report takes ({@link SelfResolvedCaseTest}). */
    private static final Set<CaseAction> OPENING_ONLY = EnumSet.of(
            CaseAction.SELF_REGISTER, CaseAction.SELF_RESOLVE, CaseAction.SELF_CLOSE,
            // 核实's own limit, run by the scheduler on a checking case ({@link SiteCheckBeforeRegistrationTest})
            CaseAction.WARN_CHECK, CaseAction.MARK_CHECK_OVERDUE);

    record Expected(CaseState next, Set<ActorRole> roles) {
    }

    private static Map<String, Expected> expected() {
        Map<String, Expected> table = new HashMap<>();
        EXPECTED.lines().filter(l -> !l.isBlank()).forEach(line -> {
            String[] f = line.trim().split("\\s+");
            Set<ActorRole> roles = EnumSet.noneOf(ActorRole.class);
            Arrays.stream(f, 3, f.length).map(ActorRole::valueOf).forEach(roles::add);
            table.put(f[0] + "/" + f[1], new Expected(CaseState.valueOf(f[2]), roles));
        });
        for (CaseState s : CaseState.values()) {
            if (s != CaseState.REJECTED) {
                table.put(s + "/LINK_REPORT", new Expected(s, EnumSet.of(ActorRole.SYSTEM)));
            }
        }
        return table;
    }

    static Stream<Arguments> everyStateActionAndRole() {
        return Arrays.stream(CaseState.values()).flatMap(state -> Arrays.stream(CaseAction.values())
                .filter(action -> action != CaseAction.OPEN && !OPENING_ONLY.contains(action))
                .flatMap(action -> Arrays.stream(ActorRole.values())
                        .filter(role -> !SYSTEM_ONLY_COMMANDS.contains(action) || role == ActorRole.SYSTEM)
                        .map(role -> Arguments.of(state, action, role))));
    }

    @ParameterizedTest(name = "{0} × {1} by {2}")
    @MethodSource("everyStateActionAndRole")
    void everyActionIsAllowedExactlyAsTheLifecycleSays(CaseState state, CaseAction action, ActorRole role) {
        Expected move = expected().get(state + "/" + action);
        Case c = prepared(Cases.in(state), action);
        Actor actor = new Actor(Cases.REPORTER, role);

        if (action == CaseAction.WARN || action == CaseAction.MARK_OVERDUE) {
            Deadline clock = c.phaseDeadline();
            Instant when = clock == null ? MONDAY_10 : action == CaseAction.WARN ? clock.warnAt() : clock.redAt();
            List<CaseChange> changes = c.checkDeadline(when).changes();
            if (move == null) {
                assertThat(changes).as("the scheduler leaves a %s case alone", state).isEmpty();
            } else {
                assertThat(changes.get(0).action()).isEqualTo(action);
                assertThat(changes.get(0).to()).isEqualTo(move.next());
            }
            assertThat(Transitions.find(state, action).isPresent()).isEqualTo(move != null);
            return;
        }
        if (move != null && move.roles().contains(role)) {
            Outcome outcome = invoke(c, action, actor);
            CaseChange first = outcome.changes().get(0);
            assertThat(first.action()).isEqualTo(action);
            assertThat(first.from()).isEqualTo(state);
            assertThat(first.to()).isEqualTo(move.next());
        } else {
            CaseRefused.Kind expectedKind = move == null ? CaseRefused.Kind.ILLEGAL_TRANSITION : CaseRefused.Kind.ROLE;
            assertThatThrownBy(() -> invoke(c, action, actor))
                    .isInstanceOfSatisfying(CaseRefused.class, e -> {
                        assertThat(e.kind()).isEqualTo(expectedKind);
                        if (expectedKind == CaseRefused.Kind.ILLEGAL_TRANSITION) {
                            assertThat(e.getMessage()).contains(state.wire()).contains(action.wire());
                        }
                    });
        }
    }

    /** Sets up what the rules (not the table) need, so only the table decides. */
    private static Case prepared(Case c, CaseAction action) {
        return switch (action) {
            case GRANT_EXTENSION, REFUSE_EXTENSION -> Cases.with(c, d -> {
                d.extension = ExtensionStatus.REQUESTED;
                d.extensionDays = 3;
            });
            case REOPEN -> Cases.with(c, d -> d.verificationFailed = true);
            case CONFIRM, DENY -> Cases.with(c, d -> d.check = new SiteCheck(SiteCheck.Status.REQUESTED, MONDAY_10,
                    "township", MONDAY_10.plusSeconds(3600), MONDAY_10.plusSeconds(7200), null, null, null));
            default -> c;
        };
    }

    private static Outcome invoke(Case c, CaseAction action, Actor actor) {
        Instant now = MONDAY_10.plusSeconds(3600);
        List<String> photo = List.of("ab".repeat(32));
        return switch (action) {
            case REGISTER -> c.register(actor, "ok", now, CALENDAR);
            case REJECT -> c.reject(actor, "not a public matter", now);
            case DISPATCH -> c.dispatch(actor, now, CALENDAR);
            case ASSIGN_DEPARTMENT -> c.assignDepartment(actor, "ZJJ", now, CALENDAR);
            case ACCEPT -> c.accept(actor, "on it", now);
            case ASSIGN -> c.assign(actor, "li.si", now);
            case RESOLVE -> c.resolve(actor, "removed", photo, now, CALENDAR, Cases.TOWNSHIP_LIMITS);
            case RETURN -> c.returnToRouting(actor, "not ours", now, CALENDAR);
            case REROUTE -> c.reroute("ZJJ", false, null, now, CALENDAR);
            case AWAIT_ARBITRATION -> c.reroute("370303102-CENTRE", true, null, now, CALENDAR);
            case REQUEST_EXTENSION -> c.requestExtension(actor, 3, "needs a permit", now);
            case GRANT_EXTENSION -> c.grantExtension(actor, "fine", now, CALENDAR);
            case REFUSE_EXTENSION -> c.refuseExtension(actor, "no", now);
            case VERIFY -> c.verify(actor, true, "looks clean", photo, now, CALENDAR, Cases.TOWNSHIP_LIMITS);
            case FAIL_VERIFICATION -> c.verify(actor, false, "still there", photo, now, CALENDAR, Cases.TOWNSHIP_LIMITS);
            case REOPEN -> c.reopen(actor, "redo", now, CALENDAR);
            case CLOSE -> c.close(actor, "done", now);
            case RATE -> c.rate(actor, Rating.SATISFIED, null, now, CALENDAR);
            case ESCALATE -> c.escalate(actor, "slow", now);
            case LINK_REPORT -> c.linkReport(UUID.randomUUID(), now);
            case REQUEST_CHECK -> c.requestCheck(actor, "please check", new TimeLimit(1, LimitUnit.WORKING_DAY), now, CALENDAR);
            case CONFIRM -> c.confirmCheck(actor, "as reported", photo, now);
            case DENY -> c.denyCheck(actor, "nothing there", photo, now);
            case DEFER -> c.defer(actor, "waiting for the dry season", LocalDate.of(2026, 12, 1), now, CALENDAR);
            case PARK -> c.park(actor, "needs the district's decision", now);
            case RESUME -> c.resume(actor, "may go on", now, CALENDAR);
            case OPEN, WARN, MARK_OVERDUE, SELF_REGISTER, SELF_RESOLVE, SELF_CLOSE, WARN_CHECK, MARK_CHECK_OVERDUE ->
                    throw new IllegalArgumentException("not a command: " + action);
        };
    }
}
