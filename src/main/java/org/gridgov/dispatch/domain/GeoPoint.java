package org.gridgov.dispatch.domain;

/** A WGS-84 point. */
public record GeoPoint(double lat, double lon) {
}
