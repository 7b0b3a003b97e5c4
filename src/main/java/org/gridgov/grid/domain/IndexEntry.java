package org.gridgov.grid.domain;

import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * One cell in the locate index at a given revision; a retired cell stays as a tombstone (no
 * geometry) so that a late, older upsert cannot bring it back.
 */
public record IndexEntry(GridCode code, PreparedGeometry prepared, long revision) {

    public static IndexEntry live(GridCode code, GridShape shape, long revision) {
        return new IndexEntry(code, PreparedGeometryFactory.prepare(shape.shared()), revision);
    }

    public static IndexEntry retired(GridCode code, long revision) {
        return new IndexEntry(code, null, revision);
    }

    public boolean isLive() {
        return prepared != null;
    }
}
