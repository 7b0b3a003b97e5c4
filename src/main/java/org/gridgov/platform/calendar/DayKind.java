package org.gridgov.platform.calendar;

/** What a dated entry of the holiday table says about that day, overriding the weekly rule. */
public enum DayKind {
    /** A public holiday or a rest day moved onto a weekday: no work. */
    HOLIDAY,
    /** An adjusted working day (调休上班), usually a Saturday or Sunday: work as on a weekday. */
    WORKDAY
}
