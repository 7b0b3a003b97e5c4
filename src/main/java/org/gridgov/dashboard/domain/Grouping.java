package org.gridgov.dashboard.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an area's figures are broken down: not at all, or by grid, township, category, department or day. */
public enum Grouping {
    NONE, GRID, TOWNSHIP, CATEGORY, DEPARTMENT, DAY;

    public static Optional<Grouping> fromApiName(String name) {
        return Arrays.stream(values()).filter(g -> g.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }
}
