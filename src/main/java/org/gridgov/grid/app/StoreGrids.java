package org.gridgov.grid.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridDraft;
import org.gridgov.grid.domain.GridImportCheck;
import org.gridgov.grid.domain.GridImportReport;
import org.gridgov.grid.messaging.GridCellRetiredV1;
import org.gridgov.grid.messaging.GridCellUpsertedV1;
import org.gridgov.grid.persistence.GridCellRepository;
import org.gridgov.grid.persistence.GridCellRow;
import org.gridgov.grid.messaging.GridOutbox;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores grid cells in one transaction with their {@code gridgov.grid.v1} events: check every
 * draft, then (all-or-nothing unless asked otherwise) write the accepted ones and append one
 * outbox message per real change. The index is updated by {@link GridWrites} after the commit.
 */
@Singleton
class StoreGrids {

    private static final Logger LOG = LoggerFactory.getLogger(StoreGrids.class);
    private static final int PROGRESS_EVERY = 500;

    private final GridCellRepository cells;
    private final StoredNeighbourhood neighbourhood;
    private final GridOutbox outbox;
    private final Clock clock;

    StoreGrids(GridCellRepository cells, StoredNeighbourhood neighbourhood, GridOutbox outbox, Clock clock) {
        this.cells = cells;
        this.neighbourhood = neighbourhood;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param confinedToTownship the writing township, whose outline the grids must keep to; null for an administrator */
    @Transactional
    GridChanges store(List<GridDraft> drafts, boolean allOrNothing, String confinedToTownship) {
        GridImportReport report = new GridImportCheck(neighbourhood).check(drafts, confinedToTownship);
        if (allOrNothing && !report.rejected().isEmpty()) {
            return new GridChanges(report, List.of(), List.of(), List.of(), false);
        }
        Instant now = clock.instant();
        List<GridCell> saved = new ArrayList<>();
        List<GridCell> unchanged = new ArrayList<>();
        int done = 0;
        for (GridCell cell : report.accepted()) {
            Optional<GridCellRow> existing = cells.findById(cell.code().value());
            if (existing.isPresent() && !existing.get().retired() && existing.get().toCell().sameContentAs(cell)) {
                unchanged.add(existing.get().toCell());
            } else {
                GridCellRow row = existing.isEmpty()
                        ? cells.save(GridCellRow.of(cell.withRevision(0), false, now))
                        : cells.update(GridCellRow.of(cell.withRevision(existing.get().revision()), false, now));
                GridCell stored = row.toCell();
                outbox.append(Topics.GRID, stored.code().value(), GridCellUpsertedV1.of(stored, now));
                saved.add(stored);
            }
            if (++done % PROGRESS_EVERY == 0) {
                LOG.info("grid import: {} of {} features stored", done, report.accepted().size());
            }
        }
        return new GridChanges(report, saved, unchanged, List.of(), true);
    }

    @Transactional
    GridChanges retire(GridCode code) {
        GridCellRow row = cells.findById(code.value()).filter(r -> !r.retired())
                .orElseThrow(() -> Refusal.notFound("no grid " + code));
        GridCell retired = cells.update(row.retiredAt(clock.instant())).toCell();
        outbox.append(Topics.GRID, code.value(), GridCellRetiredV1.of(code, retired.revision(), clock.instant()));
        return new GridChanges(new GridImportReport(List.of(), List.of(), List.of()), List.of(), List.of(),
                List.of(retired), true);
    }

    /** Demo data: cells known to be valid and new, written in batches without per-cell checks. */
    @Transactional
    List<GridCell> insertNew(List<GridCell> fresh) {
        Instant now = clock.instant();
        List<GridCellRow> rows = fresh.stream().map(c -> GridCellRow.of(c.withRevision(0), false, now)).toList();
        List<GridCell> stored = new ArrayList<>(rows.size());
        for (GridCellRow row : cells.saveAll(rows)) {
            GridCell cell = row.toCell();
            outbox.append(Topics.GRID, cell.code().value(), GridCellUpsertedV1.of(cell, now));
            stored.add(cell);
        }
        return stored;
    }
}
