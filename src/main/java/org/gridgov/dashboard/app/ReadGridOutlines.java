package org.gridgov.dashboard.app;

import jakarta.inject.Singleton;
import java.util.List;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.GridOutline;
import org.gridgov.dashboard.persistence.GridOutlines;

/** The grids the dashboard knows from gridgov.grid.v1, for the map and the township pickers. */
@Singleton
@io.micronaut.transaction.annotation.Transactional(readOnly = true)
public class ReadGridOutlines {

    private final GridOutlines outlines;

    public ReadGridOutlines(GridOutlines outlines) {
        this.outlines = outlines;
    }

    /** The live grids inside an area, in grid code order. */
    public List<GridOutline> inside(AreaCode area) {
        return outlines.inside(area);
    }

    /** Townships that have at least one live grid. */
    public List<String> townshipCodes() {
        return outlines.townshipCodes();
    }
}
