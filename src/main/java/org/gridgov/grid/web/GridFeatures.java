package org.gridgov.grid.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.grid.domain.GeoJson;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridDraft;
import org.gridgov.grid.domain.GridKind;
import org.gridgov.grid.domain.GridShape;

/**
 * GeoJSON Features ↔ grid cells. Reading never throws: whatever is wrong with a feature becomes
 * the reason on its draft, so one bad feature is reported, not the whole request refused.
 */
final class GridFeatures {

    private static final int MAX_TEXT = 200;

    private GridFeatures() {}

    static GridDraft read(int position, String pathCode, Object json) {
        if (!(json instanceof Map<?, ?> feature) || !"Feature".equals(feature.get("type"))) {
            return GridDraft.unreadable(position, pathCode, "type: a GeoJSON Feature is expected");
        }
        Map<?, ?> properties = feature.get("properties") instanceof Map<?, ?> p ? p : Map.of();
        String code = pathCode != null ? pathCode : text(feature.get("id"), text(properties.get("code"), null));
        if (!GridCode.isValid(code)) {
            return GridDraft.unreadable(position, code, "code: a grid code has 15 digits (feature id or properties.code)");
        }
        if (pathCode != null && properties.get("code") != null && !pathCode.equals(text(properties.get("code"), null))) {
            return GridDraft.unreadable(position, code, "properties.code: differs from the code in the path");
        }
        try {
            String name = text(properties.get("name"), null);
            if (name == null || name.isBlank() || name.length() > MAX_TEXT) {
                throw new IllegalArgumentException("properties.name: required, at most " + MAX_TEXT + " characters");
            }
            if (name.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("properties.name: must not contain a NUL character");
            }
            String kindText = text(properties.get("kind"), GridKind.COMPREHENSIVE.wireName());
            GridKind kind = GridKind.parse(kindText).orElseThrow(
                    () -> new IllegalArgumentException("properties.kind: comprehensive or dedicated"));
            int households = count(properties.get("households"), "households");
            int population = count(properties.get("population"), "population");
            String head = text(properties.get("head"), null);
            if (head != null && head.length() > MAX_TEXT) {
                throw new IllegalArgumentException("properties.head: at most " + MAX_TEXT + " characters");
            }
            if (head != null && head.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("properties.head: must not contain a NUL character");
            }
            GridShape shape = GridShape.of(GeoJson.read(feature.get("geometry")));
            return GridDraft.readable(position,
                    new GridCell(new GridCode(code), name.trim(), kind, households, population, head, shape, 0));
        } catch (IllegalArgumentException e) {
            return GridDraft.unreadable(position, code, e.getMessage());
        }
    }

    static Map<String, Object> write(GridCell cell) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", cell.code().value());
        properties.put("name", cell.name());
        properties.put("kind", cell.kind().wireName());
        properties.put("households", cell.households());
        properties.put("population", cell.population());
        properties.put("head", cell.head());
        properties.put("communityCode", cell.code().communityCode());
        properties.put("townshipCode", cell.code().townshipCode());
        properties.put("districtCode", cell.code().districtCode());
        properties.put("revision", cell.revision());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", cell.code().value());
        feature.put("geometry", GeoJson.write(cell.shape().geometry()));
        feature.put("properties", properties);
        return feature;
    }

    static Map<String, Object> collection(List<GridCell> cells) {
        List<Object> features = new ArrayList<>(cells.size());
        cells.forEach(c -> features.add(write(c)));
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static String text(Object value, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number n) {
            return String.valueOf(n.longValue());
        }
        throw new IllegalArgumentException("a text value is expected, not " + value);
    }

    private static int count(Object value, String field) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= 0
                && n.doubleValue() <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw new IllegalArgumentException("properties." + field + ": a whole number, 0 or more");
    }
}
