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
    /** Closures by the township after a resolution (its own closing, 结案). */
    TOWNSHIP_CLOSED("township_closed"),
    /**
     * Of those, closed within the 结案时限 (dispatch's {@code closingOnTime}); for cases closed before
     * dispatch had that clock, within the configured limit of office time after the resolution.
     */
    TOWNSHIP_CLOSED_ON_TIME("township_closed_on_time"),
    /** Verifications (passed or failed) of cases whose 核查时限 clock ran. */
    TOWNSHIP_VERIFIED("township_verified"),
    /** Of those, within the 核查时限. */
    TOWNSHIP_VERIFIED_ON_TIME("township_verified_on_time"),
    /** 自处置数: problems grid workers fixed on the spot (counted on the day, apart from the departments' resolutions). */
    SELF_RESOLVED("self_resolved"),
    /** 缓办数: deferrals, each time the township deferred a case in a department's hands (counted on the day). */
    DEFERRED("deferred"),
    /** 挂账数: cases parked for a higher decision, each time it happened (counted on the day). */
    PARKED("parked");

    private final String column;

    Counter(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
