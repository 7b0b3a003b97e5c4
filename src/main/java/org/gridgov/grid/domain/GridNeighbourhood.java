package org.gridgov.grid.domain;

import java.util.List;

/** What an import needs to know about the areas and grids already stored. */
public interface GridNeighbourhood {

    boolean communityExists(String communityCode);

    /** The live grid cells of a community as stored now. */
    List<GridCell> cellsOf(String communityCode);

    /**
     * The live stored grids of any community or township, other than {@code cell}'s own code, that
     * it overlaps by more than {@code toleranceM2} square metres.
     */
    List<Overlap> storedOverlaps(GridCell cell, double toleranceM2);

    /**
     * How much of {@code cell} lies outside the township's outline, which is the union of the
     * township's live grids: the grid service keeps no outline of its own for an area.
     */
    double squareMetresOutsideTownship(GridCell cell, String townshipCode);

    /** A stored grid that a submitted one overlaps, and by how much. */
    record Overlap(GridCode code, double squareMetres) {}
}
