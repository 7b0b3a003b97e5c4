package org.gridgov.dashboard.app;

import java.util.List;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;

/**
 * Who sees which figures: ADMIN and REFORM_OFFICE everything; TOWNSHIP its own township and what
 * lies inside it; DISPATCHER any area, but only its own department's cases; WORKER nothing.
 */
public final class StatsScope {

    private StatsScope() {}

    /** @return the department the figures must be limited to, or null for all departments */
    public static String departmentFilter(Caller caller, AreaCode area) {
        if (caller.is(Role.ADMIN, Role.REFORM_OFFICE)) {
            return null;
        }
        if (caller.is(Role.TOWNSHIP)) {
            boolean inside = area.level().compareTo(AreaCode.Level.TOWNSHIP) >= 0
                    && caller.scope().stream().anyMatch(township -> area.code().startsWith(township));
            if (!inside) {
                throw Refusal.notAllowed("a township account sees only its own township's figures");
            }
            return null;
        }
        if (caller.is(Role.DISPATCHER) && !caller.scope().isEmpty()) {
            return caller.scope().get(0);
        }
        throw Refusal.notAllowed("the dashboard is for township, dispatcher, reform office and admin accounts");
    }

    /** Townships whose grids the caller may pick on the page, or null for all. */
    public static List<String> townships(Caller caller) {
        if (caller.is(Role.TOWNSHIP)) {
            return caller.scope();
        }
        if (caller.is(Role.ADMIN, Role.REFORM_OFFICE, Role.DISPATCHER)) {
            return null;
        }
        throw Refusal.notAllowed("the dashboard is for township, dispatcher, reform office and admin accounts");
    }

    public static void mayReadRankings(Caller caller) {
        if (!caller.is(Role.ADMIN, Role.REFORM_OFFICE, Role.TOWNSHIP, Role.DISPATCHER)) {
            throw Refusal.notAllowed("rankings are for township, dispatcher, reform office and admin accounts");
        }
    }
}
