package org.gridgov.dashboard.domain;

import java.time.LocalDate;
import java.util.List;

/** A closure counted in the close-time histogram: close day, the areas of the case, its bucket. */
public record CloseTimeKey(LocalDate closedDay, List<String> areaCodes, int bucket) {

    public CloseTimeKey {
        areaCodes = List.copyOf(areaCodes);
    }
}
