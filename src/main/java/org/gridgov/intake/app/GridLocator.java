package org.gridgov.intake.app;

import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.Crs;
import org.gridgov.intake.domain.GridChain;

/** The grid service's locate, as intake needs it. */
public interface GridLocator {

    /**
     * @param bearer the caller's token to forward, or {@code null} to use intake's own service token
     * @throws NotInAnyGrid when the point lies in no grid cell
     * @throws GridUnavailable when the grid service cannot answer now
     */
    Located locate(Coordinates point, Crs crs, String bearer);

    /** The grid chain and the WGS-84 point the grid service used (it converts GCJ-02 and BD-09). */
    record Located(GridChain chain, Coordinates wgs84) {
    }

    final class NotInAnyGrid extends RuntimeException {
        public NotInAnyGrid(String detail) {
            super(detail);
        }
    }

    final class GridUnavailable extends RuntimeException {
        public GridUnavailable(String detail, Throwable cause) {
            super(detail, cause);
        }
    }
}
