package org.gridgov.grid.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable view of the index: a main STRtree built once, plus a small overlay of later
 * changes with its own tree. The overlay decides for every code it holds; the main tree answers
 * for the rest. A point on an edge shared by several cells goes to the lowest grid code, so every
 * instance gives the same answer.
 */
final class IndexSnapshot {

    private final STRtree main;
    private final Map<GridCode, IndexEntry> mainEntries;
    private final STRtree overlayTree;
    private final Map<GridCode, IndexEntry> overlay;
    private final int liveCount;

    private IndexSnapshot(STRtree main, Map<GridCode, IndexEntry> mainEntries, Map<GridCode, IndexEntry> overlay) {
        this.main = main;
        this.mainEntries = mainEntries;
        this.overlay = Map.copyOf(overlay);
        this.overlayTree = treeOf(this.overlay);
        int live = (int) mainEntries.values().stream().filter(e -> e.isLive() && !overlay.containsKey(e.code())).count();
        this.liveCount = live + (int) this.overlay.values().stream().filter(IndexEntry::isLive).count();
    }

    static IndexSnapshot empty() {
        return rebuilt(Map.of());
    }

    static IndexSnapshot rebuilt(Map<GridCode, IndexEntry> entries) {
        Map<GridCode, IndexEntry> copy = new HashMap<>(entries);
        return new IndexSnapshot(treeOf(copy), copy, Map.of());
    }

    IndexSnapshot withOverlay(Map<GridCode, IndexEntry> newOverlay) {
        return new IndexSnapshot(main, mainEntries, newOverlay);
    }

    Map<GridCode, IndexEntry> overlay() {
        return overlay;
    }

    Map<GridCode, IndexEntry> allEntries() {
        Map<GridCode, IndexEntry> all = new HashMap<>(mainEntries);
        all.putAll(overlay);
        return all;
    }

    Optional<IndexEntry> entry(GridCode code) {
        IndexEntry inOverlay = overlay.get(code);
        return Optional.ofNullable(inOverlay != null ? inOverlay : mainEntries.get(code));
    }

    int liveCount() {
        return liveCount;
    }

    Optional<GridCode> locate(LatLon wgs84) {
        return locate(GridShape.FACTORY.createPoint(new Coordinate(wgs84.lon(), wgs84.lat())));
    }

    Optional<GridCode> locate(Point point) {
        LowestContaining visitor = new LowestContaining(point, overlay);
        Envelope at = point.getEnvelopeInternal();
        main.query(at, visitor);
        if (!overlay.isEmpty()) {
            visitor.skipOverridden = false;
            overlayTree.query(at, visitor);
        }
        return Optional.ofNullable(visitor.best);
    }

    private static STRtree treeOf(Map<GridCode, IndexEntry> entries) {
        STRtree tree = new STRtree();
        for (IndexEntry entry : entries.values()) {
            if (entry.isLive()) {
                tree.insert(entry.prepared().getGeometry().getEnvelopeInternal(), entry);
            }
        }
        tree.build();
        return tree;
    }

    private static final class LowestContaining implements ItemVisitor {
        private final Point point;
        private final Map<GridCode, IndexEntry> overlay;
        private final boolean hasOverlay;
        private boolean skipOverridden = true;
        private GridCode best;

        LowestContaining(Point point, Map<GridCode, IndexEntry> overlay) {
            this.point = point;
            this.overlay = overlay;
            this.hasOverlay = !overlay.isEmpty();
        }

        @Override
        public void visitItem(Object item) {
            IndexEntry entry = (IndexEntry) item;
            if (best != null && entry.code().compareTo(best) >= 0) {
                return;
            }
            if (skipOverridden && hasOverlay && overlay.containsKey(entry.code())) {
                return;
            }
            if (entry.prepared().intersects(point)) {
                best = entry.code();
            }
        }
    }
}
