package org.gridgov.routing.domain;

/** The unit of a time limit as it goes on the wire. */
public enum LimitUnit {
    WORKING_HOUR,
    WORKING_DAY,
    /** Urgent categories: the clock does not stop outside office hours. */
    CALENDAR_HOUR;

    public String wire() {
        return name().toLowerCase();
    }

    public static LimitUnit fromWire(String text) {
        return valueOf(text.strip().toUpperCase());
    }
}
