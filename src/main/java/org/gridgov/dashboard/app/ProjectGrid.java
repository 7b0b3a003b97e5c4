package org.gridgov.dashboard.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.gridgov.dashboard.messaging.GridEventV1;
import org.gridgov.dashboard.persistence.GridOutlines;
import org.gridgov.platform.messaging.PoisonMessage;

/** Keeps the grid outlines and worker assignments the map and the patrol-gap list need. */
@Singleton
public class ProjectGrid {

    private final GridOutlines outlines;
    private final JsonMapper json;

    public ProjectGrid(GridOutlines outlines, JsonMapper json) {
        this.outlines = outlines;
        this.json = json;
    }

    @Transactional
    public void project(GridEventV1 event) {
        if (event.isWorkerAssignment()) {
            if (event.workerId() == null || event.workerId().isBlank() || event.gridCodes() == null) {
                throw new PoisonMessage("WorkerGridsAssigned needs workerId and gridCodes");
            }
            outlines.assignWorker(event.workerId(), event.gridCodes());
            return;
        }
        if (!event.hasCellFields()) {
            throw new PoisonMessage(event.type() + " needs gridCode, communityCode, townshipCode, districtCode and revision");
        }
        if (!event.gridCode().startsWith(event.communityCode()) || !event.communityCode().startsWith(event.townshipCode())) {
            throw new PoisonMessage("grid " + event.gridCode() + " does not lie in its community/township codes");
        }
        GridOutlines.GridCell cell = new GridOutlines.GridCell(event.gridCode(), event.communityCode(), event.townshipCode(),
                event.districtCode(), event.name(), event.kind(), geometryJson(event), event.revision());
        if (event.type().equals("GridCellRetired") || event.geometry() == null) {
            outlines.retire(cell);
        } else {
            outlines.upsert(cell);
        }
    }

    private String geometryJson(GridEventV1 event) {
        if (event.geometry() == null) {
            return null;
        }
        if (!"MultiPolygon".equals(event.geometry().get("type")) || !(event.geometry().get("coordinates") instanceof java.util.List)) {
            throw new PoisonMessage("geometry must be a GeoJSON MultiPolygon");
        }
        try {
            return json.writeValueAsString(event.geometry());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
