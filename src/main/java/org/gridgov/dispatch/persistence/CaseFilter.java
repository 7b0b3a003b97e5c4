package org.gridgov.dispatch.persistence;

import java.time.Instant;
import java.util.List;

/**
 * What an inbox query may narrow by. The scope lists are OR-ed (a worker sees the cases of its
 * grids and the ones it reported); a null list means "no limit"; an empty list means "nothing".
 * The narrowing fields (state, overdue, category, township, number) are AND-ed with the scope and
 * are ignored when null; {@code number} matches any part of the case number.
 */
public record CaseFilter(List<String> departments, List<String> townships, List<String> grids,
                         String reporter, String state, Boolean overdue, Instant now,
                         String category, String township, String number, Order order) {

    /** Inbox order: newest report first, or nearest deadline first (cases without one last). */
    public enum Order { REPORTED, DEADLINE }

    public static CaseFilter everything(String state, Boolean overdue, Instant now) {
        return new CaseFilter(null, null, null, null, state, overdue, now, null, null, null, Order.REPORTED);
    }

    public CaseFilter scopedTo(List<String> departments, List<String> townships, List<String> grids, String reporter) {
        return new CaseFilter(departments, townships, grids, reporter, state, overdue, now, category, township, number, order);
    }
}
