package org.gridgov.intake.domain;

/** A WGS-84 point, as stored and published. */
public record Coordinates(double lat, double lon) {

    public Coordinates {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90 || !Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
    }
}
