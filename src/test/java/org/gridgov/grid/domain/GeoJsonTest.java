package org.gridgov.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class GeoJsonTest {

    @Test
    void aPolygonIsReadAndWrittenBackAsTheSameMultiPolygon() {
        Map<String, Object> json = Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(118.0, 36.8), List.of(118.01, 36.8), List.of(118.01, 36.81), List.of(118.0, 36.8))));
        GridShape shape = GridShape.of(GeoJson.read(json));
        Map<String, Object> written = GeoJson.write(shape.geometry());
        assertThat(written.get("type")).isEqualTo("MultiPolygon");
        assertThat(GridShape.of(GeoJson.read(written))).isEqualTo(shape);
    }

    @Test
    void anUnclosedRingIsNamedAsSuch() {
        Map<String, Object> json = Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(118.0, 36.8), List.of(118.01, 36.8), List.of(118.01, 36.81), List.of(118.0, 36.81))));
        assertThatThrownBy(() -> GeoJson.read(json)).hasMessageContaining("unclosed ring");
    }

    @Test
    void coordinatesOutsideWgs84RangesAreNamedAsSuch() {
        Map<String, Object> json = Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(218.0, 36.8), List.of(218.01, 36.8), List.of(218.01, 36.81), List.of(218.0, 36.8))));
        assertThatThrownBy(() -> GeoJson.read(json)).hasMessageContaining("coordinates out of range");
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedWithTheJtsReason() {
        Map<String, Object> json = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(118.0, 36.8),
                List.of(118.01, 36.81), List.of(118.01, 36.8), List.of(118.0, 36.81), List.of(118.0, 36.8))));
        Geometry bowtie = GeoJson.read(json);
        assertThatThrownBy(() -> GridShape.of(bowtie)).hasMessageContaining("Self-intersection");
    }

    @Test
    void aPointIsNotAGridGeometry() {
        assertThatThrownBy(() -> GeoJson.read(Map.of("type", "Point", "coordinates", List.of(118.0, 36.8))))
                .hasMessageContaining("Polygon or MultiPolygon");
    }
}
