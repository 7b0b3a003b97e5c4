package org.gridgov.grid.domain;

import java.util.List;

/** What an import needs to know about the areas and grids already stored. */
public interface GridNeighbourhood {

    boolean communityExists(String communityCode);

    /** The live grid cells of a community as stored now. */
    List<GridCell> cellsOf(String communityCode);
}
