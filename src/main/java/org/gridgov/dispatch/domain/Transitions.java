package org.gridgov.dispatch.domain;

import static org.gridgov.dispatch.domain.ActorRole.DISPATCHER;
import static org.gridgov.dispatch.domain.ActorRole.REPORTER;
import static org.gridgov.dispatch.domain.ActorRole.SYSTEM;
import static org.gridgov.dispatch.domain.ActorRole.TOWNSHIP;
import static org.gridgov.dispatch.domain.ActorRole.WORKER;
import static org.gridgov.dispatch.domain.CaseAction.*;
import static org.gridgov.dispatch.domain.CaseState.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * THE case lifecycle: state × action → next state, and who may do it. Anything not listed is
 * refused. Rules that depend on more than the state (reasons, the 2-day return window, one
 * extension, the escalation ladder, the 7-day rating window) live in {@link Case}.
 */
public final class Transitions {

    /**
     * One allowed move. {@code backToPausedState}: the next state is the one the case had before
     * 缓办 / 挂账 ({@link Pause#from()}), and {@code next} is null.
     */
    public record Move(CaseState next, Set<ActorRole> roles, boolean backToPausedState) {

        public Move(CaseState next, Set<ActorRole> roles) {
            this(next, roles, false);
        }

        /** The state the move leads to from {@code c}. */
        public CaseState nextFrom(Case c) {
            return backToPausedState ? c.pause().from() : next;
        }
    }

    private static final Map<CaseState, Map<CaseAction, Move>> TABLE = new EnumMap<>(CaseState.class);

    static {
        //  state       action              next         roles
        on(REPORTED,   REGISTER,           REGISTERED,  SYSTEM, TOWNSHIP);
        on(REPORTED,   REJECT,             REJECTED,    TOWNSHIP);
        on(REPORTED,   ASSIGN_DEPARTMENT,  DISPATCHED,  TOWNSHIP);
        on(REGISTERED, DISPATCH,           DISPATCHED,  SYSTEM);
        on(REGISTERED, ASSIGN_DEPARTMENT,  DISPATCHED,  TOWNSHIP);
        on(DISPATCHED, ACCEPT,             ACCEPTED,    DISPATCHER);
        on(DISPATCHED, RETURN,             RETURNED,    DISPATCHER);
        on(ACCEPTED,   ASSIGN,             ACCEPTED,    DISPATCHER);
        on(ACCEPTED,   RESOLVE,            RESOLVED,    DISPATCHER);
        for (CaseState running : new CaseState[] {DISPATCHED, ACCEPTED}) {
            on(running, REQUEST_EXTENSION, running,     DISPATCHER);
            on(running, GRANT_EXTENSION,   running,     TOWNSHIP);
            on(running, REFUSE_EXTENSION,  running,     TOWNSHIP);
            on(running, ESCALATE,          running,     TOWNSHIP, SYSTEM);
            on(running, WARN,              running,     SYSTEM);
            on(running, MARK_OVERDUE,      running,     SYSTEM);
        }
        on(RESOLVED,   VERIFY,             VERIFIED,    WORKER, TOWNSHIP);
        on(RESOLVED,   FAIL_VERIFICATION,  RESOLVED,    WORKER, TOWNSHIP);
        // system: a failed verification is reworked at once (Case.verify); township: cases failed before that rule
        on(RESOLVED,   REOPEN,             DISPATCHED,  TOWNSHIP, SYSTEM);
        on(VERIFIED,   CLOSE,              CLOSED,      TOWNSHIP);
        on(VERIFIED,   REOPEN,             DISPATCHED,  TOWNSHIP);
        on(CLOSED,     RATE,               CLOSED,      REPORTER);
        on(CLOSED,     REOPEN,             DISPATCHED,  SYSTEM);
        on(RETURNED,   REROUTE,            DISPATCHED,  SYSTEM);
        on(RETURNED,   AWAIT_ARBITRATION,  RETURNED,    SYSTEM);
        on(RETURNED,   ASSIGN_DEPARTMENT,  DISPATCHED,  TOWNSHIP);

        // --- per-phase clocks (issue 16): the township's own 核查时限 (resolved) and 结案时限 (verified)
        for (CaseState township : new CaseState[] {RESOLVED, VERIFIED}) {
            on(township, WARN,             township,    SYSTEM);
            on(township, MARK_OVERDUE,     township,    SYSTEM);
        }

        for (CaseState state : CaseState.values()) {
            if (state != REJECTED) {
                on(state, LINK_REPORT,     state,       SYSTEM);
            }
        }
        selfResolution();
        siteCheck();
        pauses();
    }

    /**
     * 自处置 / 即查即办: the short path of a worker's self-resolved report, no department involved.
     * Only {@link Case#open} takes it, in one step, with the reporting worker as actor; no HTTP
     * action leads here, and a case not opened as self-resolved is refused.
     */
    private static void selfResolution() {
        on(REPORTED,   SELF_REGISTER,      REGISTERED,  WORKER);
        on(REGISTERED, SELF_RESOLVE,       RESOLVED,    WORKER);
        on(RESOLVED,   SELF_CLOSE,         CLOSED,      WORKER);
    }

    /**
     * 核实 before 立案: the township asks the grid's worker to confirm a report on site; the answer
     * (属实 / 不属实) sends the case back to {@code reported}, where the township registers or
     * rejects it. The check's limit warns and marks it overdue like the handling clock does.
     */
    private static void siteCheck() {
        on(REPORTED,   REQUEST_CHECK,      CHECKING,    TOWNSHIP);
        on(CHECKING,   CONFIRM,            REPORTED,    WORKER);
        on(CHECKING,   DENY,               REPORTED,    WORKER);
        on(CHECKING,   WARN_CHECK,         CHECKING,    SYSTEM);
        on(CHECKING,   MARK_CHECK_OVERDUE, CHECKING,    SYSTEM);
    }

    /**
     * 缓办 (deferred to a date) and 挂账 (parked until a higher decision): the township stops the
     * department's handling clock; 恢复办理 returns the case to the state it had, by the township, or
     * for 缓办 by the system on the date. Nothing else happens to a paused case but linked reports.
     */
    private static void pauses() {
        for (CaseState running : new CaseState[] {DISPATCHED, ACCEPTED}) {
            on(running, DEFER,             DEFERRED,    TOWNSHIP);
            on(running, PARK,              PARKED,      TOWNSHIP);
        }
        back(DEFERRED, RESUME,                          TOWNSHIP, SYSTEM);
        back(PARKED,   RESUME,                          TOWNSHIP);
    }

    private Transitions() {
    }

    /** The move for this action in this state, or empty when the table has none. */
    public static Optional<Move> find(CaseState state, CaseAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(state, Map.of()).get(action));
    }

    /** The actions possible in a state (for clients that want to show buttons). */
    public static Set<CaseAction> actionsIn(CaseState state) {
        return Collections.unmodifiableSet(TABLE.getOrDefault(state, Map.of()).keySet());
    }

    private static void on(CaseState state, CaseAction action, CaseState next, ActorRole... roles) {
        put(state, action, new Move(next, roles(roles), false));
    }

    /** A move back to the state the case had before it was paused. */
    private static void back(CaseState state, CaseAction action, ActorRole... roles) {
        put(state, action, new Move(null, roles(roles), true));
    }

    private static Set<ActorRole> roles(ActorRole... roles) {
        Set<ActorRole> allowed = EnumSet.noneOf(ActorRole.class);
        Collections.addAll(allowed, roles);
        return Collections.unmodifiableSet(allowed);
    }

    private static void put(CaseState state, CaseAction action, Move move) {
        TABLE.computeIfAbsent(state, s -> new EnumMap<>(CaseAction.class)).put(action, move);
    }
}
