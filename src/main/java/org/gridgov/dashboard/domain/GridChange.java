package org.gridgov.dashboard.domain;

import java.util.List;

/** A change of gridgov.grid.v1 as the dashboard keeps it: a grid cell's outline, or a worker's grids. */
public sealed interface GridChange {

    /**
     * A cell with its place in the three-in-one chain; {@code geometryJson} (a GeoJSON MultiPolygon)
     * is null for a retired cell, which the map no longer draws.
     */
    record Cell(String gridCode, String communityCode, String townshipCode, String districtCode, String name,
            String kind, String geometryJson, long revision, boolean retired) implements GridChange {
    }

    /** The grids a worker looks after now. */
    record WorkerGrids(String workerId, List<String> gridCodes) implements GridChange {
    }
}
