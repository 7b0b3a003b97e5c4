package org.gridgov.grid.app;

import jakarta.inject.Singleton;
import java.util.List;
import org.gridgov.grid.domain.AreaLevel;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridNeighbourhood;
import org.gridgov.grid.persistence.AreaRepository;
import org.gridgov.grid.persistence.GridCellRepository;
import org.gridgov.grid.persistence.GridCellRow;
import org.locationtech.jts.io.WKBWriter;

/** The import checks' view of what is stored (read inside the importing transaction). */
@Singleton
class StoredNeighbourhood implements GridNeighbourhood {

    private final AreaRepository areas;
    private final GridCellRepository cells;

    StoredNeighbourhood(AreaRepository areas, GridCellRepository cells) {
        this.areas = areas;
        this.cells = cells;
    }

    @Override
    public boolean communityExists(String communityCode) {
        return areas.findById(communityCode).filter(a -> AreaLevel.COMMUNITY.wireName().equals(a.level())).isPresent();
    }

    @Override
    public List<GridCell> cellsOf(String communityCode) {
        return cells.findByCommunityCodeAndRetiredFalseOrderByCode(communityCode).stream().map(GridCellRow::toCell).toList();
    }

    @Override
    public List<Overlap> storedOverlaps(GridCell cell, double toleranceM2) {
        return cells.findOverlapping(wkb(cell), cell.code().value(), toleranceM2).stream()
                .map(o -> new Overlap(new GridCode(o.code()), o.squareMetres()))
                .toList();
    }

    @Override
    public double squareMetresOutsideTownship(GridCell cell, String townshipCode) {
        return cells.squareMetresOutsideTownship(wkb(cell), townshipCode);
    }

    private static String wkb(GridCell cell) {
        return WKBWriter.toHex(new WKBWriter(2).write(cell.shape().geometry()));
    }
}
