package org.gridgov.dashboard.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.gridgov.dashboard.domain.GridChange;
import org.gridgov.dashboard.persistence.GridOutlines;

/** Keeps the grid outlines and worker assignments the map and the patrol-gap list need. */
@Singleton
public class ProjectGrid {

    private final GridOutlines outlines;

    public ProjectGrid(GridOutlines outlines) {
        this.outlines = outlines;
    }

    @Transactional
    public void project(GridChange change) {
        if (change instanceof GridChange.WorkerGrids worker) {
            outlines.assignWorker(worker.workerId(), worker.gridCodes());
            return;
        }
        GridChange.Cell changed = (GridChange.Cell) change;
        GridOutlines.GridCell cell = new GridOutlines.GridCell(changed.gridCode(), changed.communityCode(),
                changed.townshipCode(), changed.districtCode(), changed.name(), changed.kind(), changed.geometryJson(),
                changed.revision());
        if (changed.retired()) {
            outlines.retire(cell);
        } else {
            outlines.upsert(cell);
        }
    }
}
