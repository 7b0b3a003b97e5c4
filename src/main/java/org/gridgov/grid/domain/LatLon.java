package org.gridgov.grid.domain;

/** A point as latitude and longitude in degrees. */
public record LatLon(double lat, double lon) {

    public static boolean inRange(double lat, double lon) {
        return Double.isFinite(lat) && Double.isFinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }
}
