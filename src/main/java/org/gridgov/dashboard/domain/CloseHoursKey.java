package org.gridgov.dashboard.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A closure counted by unit and whole hours from report to close, for the areas of the case down
 * to its township (communities and grids read their few closures from the facts).
 */
public record CloseHoursKey(LocalDate closedDay, List<String> areaCodes, String department, long hours) {

    /** The levels kept: city (and its districts, 6 digits) and townships (9). */
    static final int LONGEST_AREA_CODE = 9;

    public CloseHoursKey {
        areaCodes = List.copyOf(areaCodes);
    }

    static CloseHoursKey of(LocalDate closedDay, Dimensions dims, long hours) {
        return new CloseHoursKey(closedDay,
                dims.areaCodes().stream().filter(code -> code.length() <= LONGEST_AREA_CODE).toList(), dims.department(), hours);
    }
}
