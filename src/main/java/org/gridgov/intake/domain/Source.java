package org.gridgov.intake.domain;

import java.util.Locale;

/** Who a report came from: a grid worker's phone or a citizen through Open311. */
public enum Source {
    WORKER, CITIZEN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Source fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
