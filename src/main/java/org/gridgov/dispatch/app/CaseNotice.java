package org.gridgov.dispatch.app;

import java.time.Instant;
import java.util.UUID;
import org.gridgov.platform.security.Caller;

/**
 * One transition of a case as the live feed tells it to the people who may see the case: enough to
 * decide whether to reload an inbox or a case page, not the case itself (pages reload it over HTTP).
 */
public record CaseNotice(UUID caseId, String number, String type, String state, long version, String category,
                         String department, String townshipCode, String gridCode, String reporter, Instant occurredAt) {

    /** The same scope as the inbox and the case page (see CaseAccess). */
    public boolean visibleTo(Caller caller) {
        return switch (caller.role()) {
            case ADMIN, REFORM_OFFICE -> true;
            case DISPATCHER -> caller.inScope(department);
            case TOWNSHIP -> caller.inScope(township());
            case WORKER -> caller.inScope(gridCode) || caller.username().equals(reporter);
        };
    }

    private String township() {
        if (townshipCode != null) {
            return townshipCode;
        }
        return department != null && department.matches("^[0-9]{9}-.*") ? department.substring(0, 9) : null;
    }
}
