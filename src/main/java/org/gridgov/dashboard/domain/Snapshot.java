package org.gridgov.dashboard.domain;

/**
 * The cases of an area as they stand now, whatever the period: {@code overdue} in a department's
 * hands past their deadline (当前超期数), {@code deferred} (当前缓办数) and {@code parked} (当前挂账数).
 * A deferred or parked case runs no clock, so it is never overdue.
 */
public record Snapshot(long overdue, long deferred, long parked) {

    public static final Snapshot NONE = new Snapshot(0, 0, 0);
}
