package org.gridgov.dashboard.domain;

/**
 * One additive counter of the daily figures. Each maps to a column of the pre-aggregated table, so
 * a period's figures are a plain sum over its days.
 */
public enum Counter {
    REPORTED("reported"),
    REGISTERED("registered"),
    DISPATCHED("dispatched"),
    RESOLVED("resolved"),
    RESOLVED_ON_TIME("resolved_on_time"),
    /** Cases whose deadline falls on the day (one half of 应结案数). */
    DEADLINE_DUE("deadline_due"),
    CLOSED("closed"),
    CLOSED_ON_TIME("closed_on_time"),
    /** Sum of seconds from report to close of the cases closed on the day (for the mean). */
    CLOSE_SECONDS("close_seconds"),
    RATED("rated"),
    SATISFIED("satisfied"),
    RETURNED("returned"),
    REOPENED("reopened"),
    /** Resolutions whose handling time (dispatch → resolve) is known, counted on the resolution day. */
    HANDLED("handled"),
    /** Their handling time in working minutes on the working calendar (for the mean in working hours). */
    HANDLING_WORKING_MINUTES("handling_working_minutes"),
    /** Closures by the township whose resolution time is known (verification and closing after the department). */
    TOWNSHIP_CLOSED("township_closed"),
    /** Of those, closed within the township's own time limit after the resolution. */
    TOWNSHIP_CLOSED_ON_TIME("township_closed_on_time"),
    /** 自处置数: problems grid workers fixed on the spot (counted on the day, apart from the departments' resolutions). */
    SELF_RESOLVED("self_resolved");

    private final String column;

    Counter(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
