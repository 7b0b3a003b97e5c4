package org.gridgov.grid.domain;

import java.util.List;

/** Outcome of a divisions import: the areas to write and what was refused, line by line. */
public record DivisionsImportReport(List<Area> added, List<Area> updated, List<Rejection> rejected) {

    public record Rejection(int line, String code, String reason) {}

    public DivisionsImportReport {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        rejected = List.copyOf(rejected);
    }
}
