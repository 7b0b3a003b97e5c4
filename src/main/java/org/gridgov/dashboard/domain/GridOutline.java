package org.gridgov.dashboard.domain;

/** A live grid's outline as GeoJSON, with its name and kind, as the map draws it. */
public record GridOutline(String gridCode, String name, String kind, String geoJson) {
}
