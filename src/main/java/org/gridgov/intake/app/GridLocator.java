package org.gridgov.intake.app;

import java.util.List;
import java.util.Optional;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.Crs;
import org.gridgov.intake.domain.GridChain;

/** The grid service's locate, as intake needs it. */
public interface GridLocator {

    /**
     * Locates the points, one answer per point in order: empty where the point lies in no grid
     * cell.
     *
     * @throws GridUnavailable when the grid service cannot answer now
     */
    List<Optional<Located>> locate(List<Query> points);

    /** A point as submitted, in the coordinate system the phone used. */
    record Query(Coordinates point, Crs crs) {
    }

    /** The grid chain and the WGS-84 point the grid service used (it converts GCJ-02 and BD-09). */
    record Located(GridChain chain, Coordinates wgs84) {
    }

    final class GridUnavailable extends RuntimeException {
        public GridUnavailable(String detail, Throwable cause) {
            super(detail, cause);
        }
    }
}
