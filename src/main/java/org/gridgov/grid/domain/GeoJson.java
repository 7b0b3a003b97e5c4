package org.gridgov.grid.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * GeoJSON (RFC 7946) Polygon/MultiPolygon geometries to and from JTS, over the plain maps and lists
 * a JSON parser produces. Reading reports what is wrong in words a data clerk can act on; it does
 * not judge validity beyond what it needs to build rings (see {@link GeometryCheck}).
 */
public final class GeoJson {

    private GeoJson() {}

    public static Geometry read(Object json) {
        if (!(json instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("geometry is missing or not an object");
        }
        Object type = map.get("type");
        Object coordinates = map.get("coordinates");
        if (!(coordinates instanceof List<?> list)) {
            throw new IllegalArgumentException("geometry has no coordinates array");
        }
        if ("Polygon".equals(type)) {
            return polygon(list);
        }
        if ("MultiPolygon".equals(type)) {
            List<Polygon> polygons = new ArrayList<>();
            for (Object polygon : list) {
                polygons.add(polygon(asList(polygon, "polygon")));
            }
            return GridShape.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        }
        throw new IllegalArgumentException("geometry type must be Polygon or MultiPolygon, not " + type);
    }

    public static Map<String, Object> write(MultiPolygon geometry) {
        List<Object> polygons = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            List<Object> rings = new ArrayList<>();
            rings.add(ring(polygon.getExteriorRing()));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                rings.add(ring(polygon.getInteriorRingN(h)));
            }
            polygons.add(rings);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "MultiPolygon");
        json.put("coordinates", polygons);
        return json;
    }

    private static List<Object> ring(LinearRing ring) {
        List<Object> points = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            points.add(List.of(c.x, c.y));
        }
        return points;
    }

    private static Polygon polygon(List<?> rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = linearRing(asList(rings.get(0), "ring"));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = linearRing(asList(rings.get(i), "ring"));
        }
        return GridShape.FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing linearRing(List<?> positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            List<?> position = asList(positions.get(i), "position");
            if (position.size() < 2 || !(position.get(0) instanceof Number x) || !(position.get(1) instanceof Number y)) {
                throw new IllegalArgumentException("a position must be [longitude, latitude]");
            }
            double lon = x.doubleValue();
            double lat = y.doubleValue();
            if (!LatLon.inRange(lat, lon)) {
                throw new IllegalArgumentException("coordinates out of range: [" + lon + ", " + lat
                        + "] is not a WGS-84 [longitude, latitude]");
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        if (coordinates.length > 0 && !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("invalid geometry: unclosed ring (first and last positions differ)");
        }
        try {
            return GridShape.FACTORY.createLinearRing(coordinates);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid geometry: " + e.getMessage());
        }
    }

    private static List<?> asList(Object value, String what) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("a " + what + " must be an array");
    }
}
