package org.gridgov.grid.app;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.AreaLevel;
import org.gridgov.grid.domain.DemoNames;
import org.gridgov.grid.domain.DemoTessellation;
import org.gridgov.grid.domain.Employment;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridWorker;
import org.gridgov.grid.domain.ZiboDemo;
import org.gridgov.grid.persistence.AreaRepository;
import org.gridgov.grid.persistence.AreaRow;
import org.gridgov.grid.persistence.GridCellRepository;
import org.gridgov.grid.persistence.WorkerRepository;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zibo demo data: the seeded tessellation of its communities (about 5,000 cells), responsible
 * persons for every area, and the demo worker on its two grids. Only what is missing is written, so
 * a second start changes nothing.
 */
@Singleton
@Requires(property = "gridgov.demo.enabled", value = "true")
class DemoGrids {

    static final String DEMO_WORKER = "worker";
    private static final Logger LOG = LoggerFactory.getLogger(DemoGrids.class);
    private static final int BATCH = 1000;
    private static final Caller SYSTEM = new Caller("demo-loader", Role.ADMIN, List.of());

    private final AreaRepository areas;
    private final GridCellRepository cells;
    private final WorkerRepository workers;
    private final GridWrites writes;
    private final AssignWorker assignWorker;

    DemoGrids(AreaRepository areas, GridCellRepository cells, WorkerRepository workers, GridWrites writes,
              AssignWorker assignWorker) {
        this.areas = areas;
        this.cells = cells;
        this.workers = workers;
        this.writes = writes;
        this.assignWorker = assignWorker;
    }

    void load() {
        List<Area> all = new ArrayList<>();
        areas.findAll().forEach(row -> all.add(row.toArea()));
        if (all.stream().noneMatch(a -> ZiboDemo.DISTRICT_CENTRES.containsKey(a.code()))) {
            LOG.info("demo grids skipped: Zibo's districts are not in the area tree");
            return;
        }
        nameTheResponsible(all);
        Set<String> present = new HashSet<>(cells.findAllCodes());
        List<GridCell> fresh = new DemoTessellation(ZiboDemo.SEED)
                .tessellate(all, ZiboDemo.DISTRICT_CENTRES, ZiboDemo.COMMUNITIES_WITH_TWO_GRIDS).stream()
                .filter(c -> !present.contains(c.code().value()))
                .toList();
        for (int from = 0; from < fresh.size(); from += BATCH) {
            writes.insertNew(fresh.subList(from, Math.min(fresh.size(), from + BATCH)));
            LOG.info("demo grids: {} of {} stored", Math.min(fresh.size(), from + BATCH), fresh.size());
        }
        if (workers.findById(DEMO_WORKER).isEmpty()) {
            assignWorker.put(new GridWorker(DEMO_WORKER, DemoNames.person(ZiboDemo.SEED, DEMO_WORKER), Employment.FULL_TIME,
                    List.of(new GridCode("370303102001001"), new GridCode("370303102001002"))), SYSTEM);
        }
    }

    private void nameTheResponsible(List<Area> all) {
        List<AreaRow> unnamed = all.stream()
                .filter(a -> a.responsible() == null && a.level().ordinal() >= AreaLevel.DISTRICT.ordinal())
                .map(a -> AreaRow.of(a.withResponsible(DemoNames.person(ZiboDemo.SEED, a.code()))))
                .toList();
        if (!unnamed.isEmpty()) {
            areas.updateAll(unnamed);
        }
    }
}
