package org.gridgov.grid.app;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.ChinaDatums;
import org.gridgov.grid.domain.CoordinateSystem;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridIndex;
import org.gridgov.grid.domain.LatLon;
import org.gridgov.grid.persistence.AreaRepository;
import org.gridgov.grid.persistence.AreaRow;
import org.gridgov.grid.persistence.GridCellRepository;
import org.gridgov.grid.persistence.GridCellRow;
import org.gridgov.grid.persistence.WorkerRepository;
import org.gridgov.grid.persistence.WorkerRow;

/**
 * Finds the grid for a point from the in-memory index, then its chain (from the chain cache, or
 * PostgreSQL). The point is first brought to WGS-84 from the phone's datum.
 */
@Singleton
public class LocatePoint {

    private final GridIndex index;
    private final GridCellRepository cells;
    private final AreaRepository areas;
    private final WorkerRepository workers;
    private final ChainCache cache;

    LocatePoint(GridIndex index, GridCellRepository cells, AreaRepository areas, WorkerRepository workers,
                ChainCache cache) {
        this.index = index;
        this.cells = cells;
        this.areas = areas;
        this.workers = workers;
        this.cache = cache;
    }

    public Optional<GridCode> gridAt(LatLon point, CoordinateSystem crs) {
        return index.locate(ChinaDatums.toWgs84(point, crs));
    }

    public Optional<LocateResult> locate(LatLon point, CoordinateSystem crs) {
        LatLon wgs84 = ChinaDatums.toWgs84(point, crs);
        return index.locate(wgs84)
                .flatMap(code -> cache.chainOf(code.value(), () -> chainOf(code, wgs84)))
                .map(chain -> chain.at(wgs84));
    }

    private Optional<LocateResult> chainOf(GridCode code, LatLon wgs84) {
        Optional<GridCell> cell = cells.findById(code.value()).filter(r -> !r.retired()).map(GridCellRow::toCell);
        if (cell.isEmpty()) {
            return Optional.empty(); // retired a moment ago; the index catches up with the event
        }
        return Optional.of(new LocateResult(cell.get(), area(code.communityCode()), area(code.townshipCode()),
                area(code.districtCode()), workers.findByGrid(code.value()).stream().map(WorkerRow::toWorker).toList(),
                wgs84));
    }

    private Area area(String code) {
        return areas.findById(code).map(AreaRow::toArea).orElse(null);
    }
}
