package org.gridgov.grid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureStreamTest {

    @Test
    void featuresArriveOneByOneWhereverTheTypeIsWritten() throws IOException {
        List<Object> seen = new ArrayList<>();
        int count = FeatureStream.read(stream("""
                {"features": [{"type": "Feature", "id": "370303102001001", "properties": {"households": 420}},
                              {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[118.0, 36.8]]]}}],
                 "bbox": [1, 2, 3, 4], "type": "FeatureCollection"}
                """), 10, (feature, index) -> seen.add(feature));
        assertThat(count).isEqualTo(2);
        assertThat(((Map<?, ?>) seen.get(0)).get("id")).isEqualTo("370303102001001");
        assertThat(((Map<?, ?>) ((Map<?, ?>) seen.get(0)).get("properties")).get("households")).isEqualTo(420);
    }

    @Test
    void somethingOtherThanAFeatureCollectionIsRefused() {
        assertThatThrownBy(() -> FeatureStream.read(stream("{\"type\": \"Feature\"}"), 10, (f, i) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FeatureCollection");
    }

    @Test
    void tooManyFeaturesAreRefusedBeforeTheRestIsRead() {
        assertThatThrownBy(() -> FeatureStream.read(stream("{\"type\":\"FeatureCollection\",\"features\":[{},{},{}]}"), 2,
                (f, i) -> { })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2");
    }

    @Test
    void aTruncatedDocumentIsAnError() {
        assertThatThrownBy(() -> FeatureStream.read(stream("{\"type\":\"FeatureCollection\",\"features\":[{\"a\":"), 10,
                (f, i) -> { })).isInstanceOfAny(IOException.class, IllegalArgumentException.class);
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
