package org.gridgov.grid.domain;

import java.util.List;

/** What an import of grid features did or would do. */
public record GridImportReport(List<GridCell> accepted, List<Rejection> rejected, List<String> warnings) {

    public record Rejection(int position, String code, String reason) {}

    public GridImportReport {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }
}
