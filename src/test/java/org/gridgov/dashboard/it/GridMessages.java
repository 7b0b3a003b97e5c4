package org.gridgov.dashboard.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** gridgov.grid.v1 messages: a square grid cell (a closed ring as a GeoJSON MultiPolygon). */
final class GridMessages {

    private GridMessages() {}

    static Map<String, Object> squareCell(String gridCode, String name, double west, double south, double size) {
        List<List<Double>> ring = List.of(List.of(west, south), List.of(west + size, south), List.of(west + size, south + size),
                List.of(west, south + size), List.of(west, south));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("type", "GridCellUpserted");
        event.put("occurredAt", "2026-01-01T00:00:00Z");
        event.put("schemaVersion", 1);
        event.put("gridCode", gridCode);
        event.put("communityCode", gridCode.substring(0, 12));
        event.put("townshipCode", gridCode.substring(0, 9));
        event.put("districtCode", gridCode.substring(0, 6));
        event.put("name", name);
        event.put("kind", "comprehensive");
        event.put("geometry", Map.of("type", "MultiPolygon", "coordinates", List.of(List.of(ring))));
        event.put("revision", 1);
        return event;
    }
}
