package org.gridgov.dashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** A structural check of RFC 7946 for what the dashboard emits: a FeatureCollection of MultiPolygon features. */
final class GeoJsonCheck {

    private GeoJsonCheck() {}

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> features(Map<String, Object> collection) {
        return (List<Map<String, Object>>) collection.get("features");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> feature) {
        return (Map<String, Object>) feature.get("properties");
    }

    @SuppressWarnings("unchecked")
    static void assertFeatureCollection(Map<String, Object> collection) {
        assertThat(collection.get("type")).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).isInstanceOf(List.class);
        for (Map<String, Object> feature : features(collection)) {
            assertThat(feature.get("type")).isEqualTo("Feature");
            assertThat(feature.get("properties")).isInstanceOf(Map.class);
            Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
            assertThat(geometry.get("type")).isEqualTo("MultiPolygon");
            List<List<List<List<Number>>>> polygons = (List<List<List<List<Number>>>>) geometry.get("coordinates");
            assertThat(polygons).isNotEmpty();
            for (List<List<List<Number>>> polygon : polygons) {
                assertThat(polygon).isNotEmpty();
                for (List<List<Number>> ring : polygon) {
                    assertThat(ring.size()).as("a linear ring has at least 4 positions").isGreaterThanOrEqualTo(4);
                    assertThat(ring.get(0)).as("a linear ring is closed").isEqualTo(ring.get(ring.size() - 1));
                    for (List<Number> position : ring) {
                        assertThat(position).hasSizeGreaterThanOrEqualTo(2);
                        assertThat(position.get(0).doubleValue()).isBetween(-180.0, 180.0);
                        assertThat(position.get(1).doubleValue()).isBetween(-90.0, 90.0);
                    }
                }
            }
            Object value = properties(feature).get("value");
            assertThat(value == null || value instanceof Number).as("value is a number or null").isTrue();
        }
    }
}
