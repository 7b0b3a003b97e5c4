package org.gridgov.grid.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridgov.grid.persistence.GridCellRepository;
import org.gridgov.grid.persistence.GridCellRow;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

/** The demo start: Zibo's divisions and its tessellation, the demo worker on its two grids. */
@MicronautTest(transactional = false)
@Property(name = "gridgov.demo.enabled", value = "true")
class DemoGridsIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    @Inject
    GridCellRepository cells;

    @Inject
    DemoGrids demo;

    @Test
    void fengshuiTownshipShowsItsGridsAndLocateNamesTheDemoWorker() {
        String token = tokens.issue("township", Role.TOWNSHIP, List.of("370303102"));
        Map<?, ?> collection = http.toBlocking().retrieve(
                HttpRequest.GET("/api/v1/grids?township=370303102").bearerAuth(token), Map.class);
        List<Object> features = objects(collection.get("features"));
        assertThat(features).extracting(f -> (Object) ((Map<?, ?>) f).get("id")).contains("370303102001001", "370303102001002");
        assertThat(cells.countByRetiredFalse()).isGreaterThanOrEqualTo(4_500);

        Point inside = cells.findById("370303102001002").map(GridCellRow::geom).orElseThrow().getInteriorPoint();
        Map<?, ?> located = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/locate?lat=" + inside.getY() + "&lon="
                + inside.getX()).bearerAuth(token), Map.class);
        assertThat(((Map<?, ?>) located.get("grid")).get("code")).isEqualTo("370303102001002");
        assertThat(((Map<?, ?>) located.get("township")).get("name")).isEqualTo("沣水镇");
        assertThat(((Map<?, ?>) located.get("community")).get("name")).isEqualTo("矿山社区");
        assertThat(((Map<?, ?>) located.get("township")).get("responsible")).isNotNull();
        assertThat(objects(located.get("workers"))).extracting(w -> (Object) ((Map<?, ?>) w).get("id")).contains("worker");
    }

    @Test
    void loadingTheDemoAgainChangesNothing() {
        long before = cells.count();
        List<Long> revisions = cells.findByTownshipCodeAndRetiredFalseOrderByCode("370303102").stream()
                .map(GridCellRow::revision).toList();
        demo.load();
        assertThat(cells.count()).isEqualTo(before);
        assertThat(cells.findByTownshipCodeAndRetiredFalseOrderByCode("370303102").stream().map(GridCellRow::revision))
                .containsExactlyElementsOf(revisions);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> objects(Object list) {
        return (List<Object>) list;
    }
}
