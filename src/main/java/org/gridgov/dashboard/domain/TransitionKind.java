package org.gridgov.dashboard.domain;

/**
 * Transitions that are facts of their own: counted once each when they happen, on their own day,
 * whatever happens to the case afterwards (a case may be returned, rated or reopened several times).
 */
public enum TransitionKind {
    RETURNED,
    REOPENED,
    /** A rating: it stays counted in 满意率 even when a dissatisfied rating reopens the case. */
    RATED,
    /** A resolution: the basis of 返工率 and of the handling time in working hours. */
    RESOLVED,
    /** A closure: the township's own on-time figure (resolution → close). */
    CLOSED,
    /** The case passed its handling deadline while in the department's hands (超期). */
    OVERDUE,
    /** A verification, passed or failed: the township's own on-time figure for 核查时限. */
    VERIFIED,
    /** 缓办: the township deferred the department's handling to a date. */
    DEFERRED,
    /** 挂账: the township parked the case for a higher decision. */
    PARKED,
    OTHER;

    public boolean counted() {
        return this != OTHER;
    }
}
