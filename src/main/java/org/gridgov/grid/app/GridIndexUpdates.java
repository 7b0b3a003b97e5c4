package org.gridgov.grid.app;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.grid.domain.GeoJson;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridIndex;
import org.gridgov.grid.domain.GridShape;
import org.gridgov.grid.domain.IndexEntry;
import org.gridgov.grid.persistence.GridCellRepository;
import org.gridgov.grid.persistence.GridCellRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Feeds this instance's locate index: from the database, from change events, from its own writes. */
@Singleton
public class GridIndexUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(GridIndexUpdates.class);

    private final GridIndex index;
    private final GridCellRepository cells;
    private final ChainCache chains;

    GridIndexUpdates(GridIndex index, GridCellRepository cells, ChainCache chains) {
        this.index = index;
        this.cells = cells;
        this.chains = chains;
    }

    public void reloadFromDatabase(String why) {
        long started = System.nanoTime();
        List<IndexEntry> entries = new ArrayList<>();
        for (GridCellRow row : cells.findAll()) {
            GridCode code = new GridCode(row.code());
            entries.add(row.retired() ? IndexEntry.retired(code, row.revision())
                    : IndexEntry.live(code, GridShape.of(row.geom()), row.revision()));
        }
        index.apply(entries);
        chains.forgetAll();
        LOG.info("locate index loaded from the database ({}): {} live cells in {} ms", why, index.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** After this instance's own commit: visible at once here, before the event comes back. */
    public void applySaved(List<GridCell> saved, List<GridCell> retired) {
        List<IndexEntry> entries = new ArrayList<>();
        saved.forEach(c -> entries.add(IndexEntry.live(c.code(), c.shape(), c.revision())));
        retired.forEach(c -> entries.add(IndexEntry.retired(c.code(), c.revision())));
        index.apply(entries);
        saved.forEach(c -> chains.forget(c.code().value()));
        retired.forEach(c -> chains.forget(c.code().value()));
    }

    /**
     * One event of {@code gridgov.grid.v1} (any of its types); one the index cannot use is logged
     * and skipped, since the next reload from the database puts the index right anyway.
     *
     * @param geometry the cell's GeoJSON geometry, as read from the message
     */
    public void apply(UUID eventId, String type, String gridCode, Map<String, Object> geometry, Long revision) {
        try {
            switch (type) {
                case "GridCellUpserted" -> {
                    index.upsert(new GridCode(gridCode), GridShape.of(GeoJson.read(geometry)), required(revision));
                    chains.forget(gridCode);
                }
                case "GridCellRetired" -> {
                    index.retire(new GridCode(gridCode), required(revision));
                    chains.forget(gridCode);
                }
                default -> chains.forgetAll(); // a worker assignment moves no grid, but changes chains
            }
        } catch (RuntimeException e) {
            LOG.warn("ignoring grid event {} ({}): {}", eventId, type, e.getMessage());
        }
    }

    private static long required(Long revision) {
        if (revision == null || revision < 0) {
            throw new IllegalArgumentException("revision missing");
        }
        return revision;
    }
}
