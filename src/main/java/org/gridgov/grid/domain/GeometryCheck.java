package org.gridgov.grid.domain;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** The checks every incoming geometry passes: WGS-84 ranges, then JTS validity with its reason. */
public final class GeometryCheck {

    private GeometryCheck() {}

    /** @return null when valid, otherwise a sentence naming the problem and where it is */
    public static String invalidityReason(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || c.x < -180 || c.x > 180 || c.y < -90 || c.y > 90) {
                return "coordinates out of range: (" + c.x + ", " + c.y + ") is not a WGS-84 longitude/latitude";
            }
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return null;
        }
        Coordinate at = error.getCoordinate();
        return error.getMessage() + (at == null ? "" : " at (" + at.x + ", " + at.y + ")");
    }
}
