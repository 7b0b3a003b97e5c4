package org.gridgov.dispatch.app;

import org.gridgov.dispatch.domain.ActorRole;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.CaseAction;
import org.gridgov.dispatch.domain.Source;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.platform.security.Caller;

/**
 * Who may see and act on which case. A dispatcher sees its own department's cases, a township
 * operator its township's (the first 9 digits of the grid code, or of a township unit's code), a
 * worker the cases in its grids and the ones it reported; the reform office and admins read all.
 * A case out of scope does not exist for the caller (404), so codes of other units do not leak.
 */
final class CaseAccess {

    private CaseAccess() {
    }

    static boolean canSee(Caller caller, Case c) {
        return switch (caller.role()) {
            case ADMIN, REFORM_OFFICE -> true;
            case DISPATCHER -> caller.inScope(c.department());
            case TOWNSHIP -> caller.inScope(townshipOf(c));
            case WORKER -> inWorkersGrids(caller, c) || reportedBy(caller, c);
        };
    }

    /** The role the caller acts in for this action; 403 when its login role cannot act at all. */
    static ActorRole actingRole(Caller caller, Case c, CaseAction action) {
        if (action == CaseAction.RATE) {
            if (!reportedBy(caller, c)) {
                throw Refusal.notAllowed("only the reporter may rate the case");
            }
            return ActorRole.REPORTER;
        }
        return switch (caller.role()) {
            case DISPATCHER -> ActorRole.DISPATCHER;
            case TOWNSHIP -> ActorRole.TOWNSHIP;
            case WORKER -> {
                if (!inWorkersGrids(caller, c)) {
                    throw Refusal.notAllowed("a worker acts only on cases in its own grids");
                }
                yield ActorRole.WORKER;
            }
            case ADMIN, REFORM_OFFICE -> throw Refusal.notAllowed(caller.role() + " does not act on cases");
        };
    }

    static String townshipOf(Case c) {
        if (c.grid() != null) {
            return c.grid().townshipCode();
        }
        String dept = c.department();
        return dept != null && dept.matches("^[0-9]{9}-.*") ? dept.substring(0, 9) : null;
    }

    /**
     * Whether the caller's account reported the case. A citizen report's reporter is the name of the
     * Open311 client that sent it, which an account's username could equal: only a worker's report
     * belongs to an account.
     */
    private static boolean reportedBy(Caller caller, Case c) {
        return c.source() == Source.WORKER && caller.username().equals(c.reporter());
    }

    private static boolean inWorkersGrids(Caller caller, Case c) {
        return c.grid() != null && caller.inScope(c.grid().gridCode());
    }
}
