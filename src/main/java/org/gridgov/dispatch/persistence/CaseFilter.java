package org.gridgov.dispatch.persistence;

import java.time.Instant;
import java.util.List;

/**
 * What an inbox query may narrow by. The scope lists are OR-ed (a worker sees the cases of its
 * grids and the ones it reported); a null list means "no limit"; an empty list means "nothing".
 */
public record CaseFilter(List<String> departments, List<String> townships, List<String> grids,
                         String reporter, String state, Boolean overdue, Instant now) {

    public static CaseFilter everything(String state, Boolean overdue, Instant now) {
        return new CaseFilter(null, null, null, null, state, overdue, now);
    }
}
