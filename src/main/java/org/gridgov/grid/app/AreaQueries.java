package org.gridgov.grid.app;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridShape;
import org.gridgov.grid.domain.GridWorker;
import org.gridgov.grid.persistence.AreaRepository;
import org.gridgov.grid.persistence.AreaRow;
import org.gridgov.grid.persistence.GridCellRepository;
import org.gridgov.grid.persistence.GridCellRow;
import org.gridgov.grid.persistence.WorkerRepository;
import org.gridgov.grid.persistence.WorkerRow;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Read side: areas with their children, grids of an area, workers. */
@Singleton
public class AreaQueries {

    private final AreaRepository areas;
    private final GridCellRepository cells;
    private final WorkerRepository workers;

    AreaQueries(AreaRepository areas, GridCellRepository cells, WorkerRepository workers) {
        this.areas = areas;
        this.cells = cells;
        this.workers = workers;
    }

    public Optional<Area> area(String code) {
        return areas.findById(code).map(AreaRow::toArea);
    }

    public List<Area> children(String parentCode, String level) {
        List<AreaRow> rows;
        if (parentCode != null) {
            rows = level == null ? areas.findByParentCodeOrderByCode(parentCode)
                    : areas.findByParentCodeAndLevelOrderByCode(parentCode, level);
        } else {
            rows = areas.findByLevelOrderByCode(level);
        }
        return rows.stream().map(AreaRow::toArea).toList();
    }

    public List<GridCell> gridsOfTownship(String townshipCode) {
        return cells.findByTownshipCodeAndRetiredFalseOrderByCode(townshipCode).stream().map(GridCellRow::toCell).toList();
    }

    public List<GridCell> gridsOfCommunity(String communityCode) {
        return cells.findByCommunityCodeAndRetiredFalseOrderByCode(communityCode).stream().map(GridCellRow::toCell).toList();
    }

    public Optional<GridCell> grid(String code) {
        return cells.findById(code).filter(r -> !r.retired()).map(GridCellRow::toCell);
    }

    public List<GridWorker> workersOf(String gridCode) {
        return workers.findByGrid(gridCode).stream().map(WorkerRow::toWorker).toList();
    }

    /** A township's or community's outline: the union of its live grids (empty when it has none). */
    public Optional<GridShape> outline(Area area) {
        List<GridCell> grids = switch (area.level()) {
            case TOWNSHIP -> gridsOfTownship(area.code());
            case COMMUNITY -> gridsOfCommunity(area.code());
            default -> List.of();
        };
        if (grids.isEmpty()) {
            return Optional.empty();
        }
        Geometry union = UnaryUnionOp.union(grids.stream().map(g -> (Geometry) g.shape().geometry()).toList());
        return Optional.of(GridShape.of(union));
    }

    public Optional<GridWorker> worker(String id) {
        return workers.findById(id).map(WorkerRow::toWorker);
    }
}
