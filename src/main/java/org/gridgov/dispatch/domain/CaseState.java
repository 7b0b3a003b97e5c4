package org.gridgov.dispatch.domain;

import java.util.Locale;

/** Where a case stands in the closed loop; the wire name is the lower-case constant. */
public enum CaseState {
    REPORTED, REGISTERED, DISPATCHED, ACCEPTED, RESOLVED, VERIFIED, CLOSED, REJECTED, RETURNED,
    /** 核实: the grid's worker is asked to confirm a reported problem on site before 立案. */
    CHECKING,
    /** 缓办: the township deferred the department's handling to a date; the clock stands still. */
    DEFERRED,
    /** 挂账: the township parked the case until a higher decision; the clock stands still. */
    PARKED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CaseState fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
