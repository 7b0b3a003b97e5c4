package org.gridgov.grid.app;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridWorker;
import org.gridgov.grid.messaging.WorkerGridsAssignedV1;
import org.gridgov.grid.persistence.GridCellRepository;
import org.gridgov.grid.persistence.WorkerRepository;
import org.gridgov.grid.persistence.WorkerRow;
import org.gridgov.grid.messaging.GridOutbox;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;

/**
 * Creates or changes a grid worker. When the worker's grids change, {@code WorkerGridsAssigned}
 * goes out in the same transaction; the platform's identity turns it into the worker's token scope.
 */
@Singleton
public class AssignWorker {

    private final WorkerRepository workers;
    private final GridCellRepository cells;
    private final GridOutbox outbox;
    private final Clock clock;
    private final ChainCache chains;

    AssignWorker(WorkerRepository workers, GridCellRepository cells, GridOutbox outbox, Clock clock, ChainCache chains) {
        this.workers = workers;
        this.cells = cells;
        this.outbox = outbox;
        this.clock = clock;
        this.chains = chains;
    }

    @Transactional
    public GridWorker put(GridWorker wanted, Caller caller) {
        Optional<WorkerRow> existing = workers.findById(wanted.id());
        for (GridCode grid : wanted.grids()) {
            if (!cells.existsByCodeAndRetiredFalse(grid.value())) {
                throw Refusal.invalid("grids", "no grid " + grid);
            }
        }
        requireReach(caller, wanted.grids());
        existing.ifPresent(row -> requireReach(caller, row.toWorker().grids()));
        boolean gridsChanged = existing.map(row -> row.toWorker().gridsDifferFrom(wanted.grids())).orElse(true);
        WorkerRow saved;
        try {
            saved = existing.isEmpty()
                    ? workers.save(WorkerRow.of(wanted, 0L, clock.instant()))
                    : workers.update(WorkerRow.of(wanted, existing.get().version(), clock.instant()));
        } catch (DataAccessException e) {
            if (ConcurrentWrite.lostRace(e)) {
                throw Refusal.conflict("worker " + wanted.id() + " was changed by someone else at the same moment; try again");
            }
            throw e;
        }
        GridWorker worker = saved.toWorker();
        chains.forgetAll();
        if (gridsChanged) {
            outbox.append(Topics.GRID, worker.id(), WorkerGridsAssignedV1.of(worker, clock.instant()));
        }
        return worker;
    }

    private static void requireReach(Caller caller, List<GridCode> grids) {
        if (caller.is(Role.ADMIN)) {
            return;
        }
        boolean inTownship = caller.is(Role.TOWNSHIP) && grids.stream().allMatch(g -> caller.inScope(g.townshipCode()));
        if (!inTownship) {
            throw Refusal.notAllowed("only an administrator or the grids' own township may assign these grids");
        }
    }
}
