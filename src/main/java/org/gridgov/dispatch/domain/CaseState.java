package org.gridgov.dispatch.domain;

import java.util.Locale;

/** Where a case stands in the closed loop; the wire name is the lower-case constant. */
public enum CaseState {
    REPORTED, REGISTERED, DISPATCHED, ACCEPTED, RESOLVED, VERIFIED, CLOSED, REJECTED, RETURNED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CaseState fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
