package org.gridgov.grid.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Set;
import org.gridgov.grid.app.LocatePoint;
import org.gridgov.grid.domain.ChinaDatums;
import org.gridgov.grid.domain.CoordinateSystem;
import org.gridgov.grid.domain.DemoTessellation;
import org.gridgov.grid.domain.GeoJson;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.LatLon;
import org.gridgov.grid.persistence.GridCellRepository;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/** The in-memory index against PostGIS itself, and phone datums against WGS-84. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocateAgreementIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    @Inject
    LocatePoint locatePoint;

    @Inject
    GridCellRepository cells;

    private List<GridCell> grid;
    private String token;

    @BeforeAll
    void tessellateATestCity() {
        TestCity city = new TestCity(60);
        token = tokens.issue("locate-admin", Role.ADMIN, List.of());
        http.toBlocking().retrieve(HttpRequest.POST("/api/v1/areas/import", city.divisionsCsv())
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(token), Map.class);
        grid = new DemoTessellation(city.centre.hashCode()).tessellate(city.areas(), city.centres(), Set.of());
        List<Object> features = new ArrayList<>();
        for (GridCell cell : grid) {
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", cell.code().value());
            feature.put("geometry", GeoJson.write(cell.shape().geometry()));
            feature.put("properties", Map.of("name", cell.name(), "households", cell.households()));
            features.add(feature);
        }
        Map<?, ?> report = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/grids/import",
                Map.of("type", "FeatureCollection", "features", features)).bearerAuth(token), Map.class);
        assertThat(report.get("imported")).isEqualTo(grid.size());
    }

    @Test
    void locateAgreesWithPostgisOnTenThousandRandomPoints() {
        Envelope extent = new Envelope();
        grid.forEach(c -> extent.expandToInclude(c.shape().geometry().getEnvelopeInternal()));
        extent.expandBy(extent.getWidth() * 0.05);
        SplittableRandom random = new SplittableRandom(20261128);
        int inside = 0;
        for (int i = 0; i < 10_000; i++) {
            double lat = extent.getMinY() + random.nextDouble() * extent.getHeight();
            double lon = extent.getMinX() + random.nextDouble() * extent.getWidth();
            Optional<String> fromIndex = locatePoint.gridAt(new LatLon(lat, lon), CoordinateSystem.WGS84).map(GridCode::value);
            List<String> containing = cells.findCodesContaining(lat, lon);
            assertThat(containing).as("cells strictly containing %s,%s", lat, lon).hasSizeLessThanOrEqualTo(1);
            if (containing.isEmpty()) {
                // outside every cell, or on an edge: then the lowest covering code, as PostGIS orders it
                assertThat(fromIndex).as("point %s,%s", lat, lon).isEqualTo(cells.findCodeCovering(lat, lon));
            } else {
                inside++;
                assertThat(fromIndex).as("point %s,%s", lat, lon).contains(containing.get(0));
            }
        }
        assertThat(inside).as("points strictly inside some cell").isGreaterThan(5_000);
    }

    @Test
    void gcj02AndBd09InputsLandInTheSameGridAsTheirWgs84Originals() {
        for (GridCell cell : grid) {
            Point p = cell.shape().geometry().getInteriorPoint();
            LatLon wgs = new LatLon(p.getY(), p.getX());
            LatLon gcj = ChinaDatums.wgs84ToGcj02(wgs);
            LatLon bd = ChinaDatums.gcj02ToBd09(gcj);
            assertThat(locatePoint.gridAt(wgs, CoordinateSystem.WGS84)).contains(cell.code());
            assertThat(locatePoint.gridAt(gcj, CoordinateSystem.GCJ02)).contains(cell.code());
            assertThat(locatePoint.gridAt(bd, CoordinateSystem.BD09)).contains(cell.code());
        }
        GridCell first = grid.get(0);
        Point p = first.shape().geometry().getInteriorPoint();
        LatLon bd = ChinaDatums.gcj02ToBd09(ChinaDatums.wgs84ToGcj02(new LatLon(p.getY(), p.getX())));
        Map<?, ?> located = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/locate?lat=" + bd.lat() + "&lon="
                + bd.lon() + "&crs=bd09").bearerAuth(token), Map.class);
        assertThat(((Map<?, ?>) located.get("grid")).get("code")).isEqualTo(first.code().value());
        Map<?, ?> point = (Map<?, ?>) located.get("point");
        assertThat((Double) point.get("lat")).isCloseTo(p.getY(), org.assertj.core.api.Assertions.within(1e-5));
    }
}
