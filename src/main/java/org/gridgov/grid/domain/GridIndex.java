package org.gridgov.grid.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.locationtech.jts.geom.Point;

/**
 * The in-memory locate index. Readers take the current {@link IndexSnapshot} without locking;
 * writers build a new snapshot and swap it in (copy-on-write), so a reader never sees a half-applied
 * change. Every change carries the cell's revision and an older revision never overwrites a newer
 * one: loads from the database and change events may therefore arrive in any order and twice.
 */
public final class GridIndex {

    /** Changes collected in the overlay before the main tree is rebuilt. */
    static final int OVERLAY_LIMIT = 256;

    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>(IndexSnapshot.empty());

    public Optional<GridCode> locate(LatLon wgs84) {
        return current.get().locate(wgs84);
    }

    public Optional<GridCode> locate(Point wgs84) {
        return current.get().locate(wgs84);
    }

    public int size() {
        return current.get().liveCount();
    }

    /** Merges a full load: entries already known at a higher or equal revision are kept. */
    public synchronized void load(Collection<GridCell> cells) {
        IndexSnapshot before = current.get();
        Map<GridCode, IndexEntry> merged = new HashMap<>(before.allEntries());
        for (GridCell cell : cells) {
            IndexEntry known = merged.get(cell.code());
            if (known == null || known.revision() < cell.revision()) {
                merged.put(cell.code(), IndexEntry.live(cell.code(), cell.shape(), cell.revision()));
            }
        }
        current.set(IndexSnapshot.rebuilt(merged));
    }

    public void upsert(GridCode code, GridShape shape, long revision) {
        apply(List.of(IndexEntry.live(code, shape, revision)));
    }

    public void retire(GridCode code, long revision) {
        apply(List.of(IndexEntry.retired(code, revision)));
    }

    /** Applies several changes as one swap (an import becomes visible all at once). */
    public synchronized void apply(List<IndexEntry> changes) {
        IndexSnapshot before = current.get();
        Map<GridCode, IndexEntry> overlay = new HashMap<>(before.overlay());
        boolean changed = false;
        for (IndexEntry change : changes) {
            Optional<IndexEntry> known = before.entry(change.code());
            IndexEntry pending = overlay.get(change.code());
            long knownRevision = pending != null ? pending.revision() : known.map(IndexEntry::revision).orElse(-1L);
            if (change.revision() > knownRevision) {
                overlay.put(change.code(), change);
                changed = true;
            }
        }
        if (!changed) {
            return;
        }
        if (overlay.size() > OVERLAY_LIMIT) {
            Map<GridCode, IndexEntry> all = new HashMap<>(before.allEntries());
            all.putAll(overlay);
            current.set(IndexSnapshot.rebuilt(all));
        } else {
            current.set(before.withOverlay(overlay));
        }
    }
}
