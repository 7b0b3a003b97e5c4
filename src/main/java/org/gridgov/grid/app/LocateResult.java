package org.gridgov.grid.app;

import java.util.List;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridWorker;
import org.gridgov.grid.domain.LatLon;

/** The grid holding a point and the whole three-in-one chain above it. */
public record LocateResult(GridCell grid, Area community, Area township, Area district, List<GridWorker> workers,
                           LatLon point) {}
