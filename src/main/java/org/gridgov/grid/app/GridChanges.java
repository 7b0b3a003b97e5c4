package org.gridgov.grid.app;

import java.util.List;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridImportReport;

/**
 * What a write did: the import report, the cells stored (with their new revisions), those left as
 * they were, and those retired.
 */
public record GridChanges(GridImportReport report, List<GridCell> saved, List<GridCell> unchanged,
                          List<GridCell> retired, boolean written) {

    public GridChanges {
        saved = List.copyOf(saved);
        unchanged = List.copyOf(unchanged);
        retired = List.copyOf(retired);
    }
}
