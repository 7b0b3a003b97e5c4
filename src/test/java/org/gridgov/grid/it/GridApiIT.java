package org.gridgov.grid.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class GridApiIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    private TestCity city;
    private String admin;

    @BeforeEach
    void importTheCity() {
        city = new TestCity(3);
        admin = tokens.issue("admin-" + city.district, Role.ADMIN, List.of());
        Map<?, ?> report = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/areas/import", city.divisionsCsv())
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(admin), Map.class);
        assertThat(report.get("rejected")).asList().isEmpty();
    }

    @Test
    void importedGridsComeBackWithTheirExactGeometry() {
        Map<String, Object> west = city.square(city.grid(0, 1), 0, 0, 0.003);
        Map<String, Object> east = city.square(city.grid(0, 2), 0.003, 0, 0.003);
        Map<?, ?> report = importGrids(List.of(west, east), true);
        assertThat(report.get("imported")).isEqualTo(2);
        assertThat(report.get("rejected")).asList().isEmpty();

        Map<?, ?> collection = get("/api/v1/grids?community=" + city.community(0));
        List<Object> features = objects(collection.get("features"));
        assertThat(features).hasSize(2);
        Map<?, ?> first = (Map<?, ?>) features.get(0);
        assertThat(first.get("id")).isEqualTo(city.grid(0, 1));
        List<?> sentRing = (List<?>) ((List<?>) ((Map<?, ?>) west.get("geometry")).get("coordinates")).get(0);
        List<?> storedRing = (List<?>) ((List<?>) ((List<?>) ((Map<?, ?>) first.get("geometry")).get("coordinates")).get(0)).get(0);
        assertThat(storedRing).hasSameSizeAs(sentRing);
        for (int i = 0; i < sentRing.size(); i++) {
            List<?> sent = (List<?>) sentRing.get(i);
            List<?> stored = (List<?>) storedRing.get(i);
            assertThat(((Number) stored.get(0)).doubleValue()).isEqualTo(((Number) sent.get(0)).doubleValue());
            assertThat(((Number) stored.get(1)).doubleValue()).isEqualTo(((Number) sent.get(1)).doubleValue());
        }
        Map<?, ?> properties = (Map<?, ?>) first.get("properties");
        assertThat(properties.get("households")).isEqualTo(420);
        assertThat(properties.get("townshipCode")).isEqualTo(city.township);
    }

    @Test
    void eachKindOfBadFeatureIsRejectedWithItsReasonAndNothingIsStored() {
        double x = city.centre.lon();
        double y = city.centre.lat();
        Map<String, Object> good = city.square(city.grid(1, 1), 0.1, 0, 0.003);
        Map<String, Object> bowtie = TestCity.feature(city.grid(1, 2), List.of(List.of(List.of(x, y),
                List.of(x + 0.003, y + 0.003), List.of(x + 0.003, y), List.of(x, y + 0.003), List.of(x, y))));
        Map<String, Object> unclosed = TestCity.feature(city.grid(1, 3), List.of(List.of(List.of(x, y),
                List.of(x + 0.003, y), List.of(x + 0.003, y + 0.003), List.of(x, y + 0.003))));
        Map<String, Object> outOfRange = TestCity.feature(city.grid(1, 4), List.of(List.of(List.of(x, 95.0),
                List.of(x + 0.003, 95.0), List.of(x + 0.003, 95.003), List.of(x, 95.0))));
        Map<String, Object> noCommunity = city.square(city.township + "999001", 0.2, 0, 0.003);
        Map<String, Object> overlapping = city.square(city.grid(1, 5), 0.1015, 0, 0.003);

        HttpClientResponseException refused = (HttpClientResponseException) catchThrowable(
                () -> importGrids(List.of(good, bowtie, unclosed, outOfRange, noCommunity, overlapping), true));
        assertThat(refused.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        Map<?, ?> report = refused.getResponse().getBody(Map.class).orElseThrow();
        assertThat(report.get("written")).isEqualTo(false);
        List<Object> rejected = objects(report.get("rejected"));
        assertThat(rejected).extracting(r -> (Object) ((Map<?, ?>) r).get("index")).containsExactly(1, 2, 3, 4, 5);
        assertThat(reason(rejected, 0)).contains("Self-intersection");
        assertThat(reason(rejected, 1)).contains("unclosed ring");
        assertThat(reason(rejected, 2)).contains("coordinates out of range");
        assertThat(reason(rejected, 3)).isEqualTo("unknown community " + city.township + "999");
        assertThat(reason(rejected, 4)).startsWith("overlaps grid " + city.grid(1, 1) + " by");
        assertThat((List<?>) get("/api/v1/grids?community=" + city.community(1)).get("features")).isEmpty();

        Map<?, ?> partial = importGrids(List.of(good, bowtie), false);
        assertThat(partial.get("imported")).isEqualTo(1);
        assertThat((List<?>) get("/api/v1/grids?community=" + city.community(1)).get("features")).hasSize(1);
    }

    @Test
    void aHoleInsideACommunityIsWarnedAbout() {
        List<Map<String, Object>> ring = new java.util.ArrayList<>();
        int serial = 1;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i != 1 || j != 1) {
                    ring.add(city.square(city.grid(2, serial++), 0.3 + i * 0.002, j * 0.002, 0.002));
                }
            }
        }
        Map<?, ?> report = importGrids(ring, true);
        assertThat(report.get("imported")).isEqualTo(8);
        assertThat((List<?>) report.get("warnings")).singleElement().asString().contains("1 gap");

        Map<?, ?> outline = get("/api/v1/areas/" + city.community(2) + "/outline");
        List<?> polygons = (List<?>) ((Map<?, ?>) outline.get("geometry")).get("coordinates");
        assertThat(polygons).singleElement().satisfies(rings -> assertThat((List<?>) rings).hasSize(2));
    }

    @Test
    void locateShowsANewResponsiblePersonAndANewGridHeadAtOnceThoughItKeepsChainsInMemory() {
        String code = city.grid(1, 9);
        http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/grids/" + code, city.square(code, 0.7, 0.7, 0.003))
                .bearerAuth(admin), Map.class);
        String at = "/api/v1/locate?lat=" + (city.centre.lat() + 0.7015) + "&lon=" + (city.centre.lon() + 0.7015);
        assertThat(((Map<?, ?>) get(at).get("grid")).get("head")).isEqualTo("刘洋");

        http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/areas/" + city.community(1) + "/responsible",
                Map.of("name", "王芳")).bearerAuth(admin), Map.class);
        Map<String, Object> renamed = new java.util.HashMap<>(city.square(code, 0.7, 0.7, 0.003));
        Map<String, Object> properties = new java.util.HashMap<>((Map<String, Object>) renamed.get("properties"));
        properties.put("head", "孙磊");
        renamed.put("properties", properties);
        http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/grids/" + code, renamed).bearerAuth(admin), Map.class);

        Map<?, ?> located = get(at);
        assertThat(((Map<?, ?>) located.get("community")).get("responsible")).isEqualTo("王芳");
        assertThat(((Map<?, ?>) located.get("grid")).get("head")).isEqualTo("孙磊");
    }

    @Test
    void aPutGridIsFoundByLocateWithItsChain() {
        String code = city.grid(0, 7);
        String township = tokens.issue("chain-" + city.district, Role.TOWNSHIP, List.of(city.township));
        http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/areas/" + city.community(0) + "/responsible",
                Map.of("name", "陈静")).bearerAuth(township), Map.class);
        Map<?, ?> saved = http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/grids/" + code,
                city.square(code, 0.5, 0.5, 0.003)).bearerAuth(admin), Map.class);
        assertThat(((Map<?, ?>) saved.get("properties")).get("revision")).isEqualTo(0);
        double lat = city.centre.lat() + 0.5015;
        double lon = city.centre.lon() + 0.5015;
        Map<?, ?> located = get("/api/v1/locate?lat=" + lat + "&lon=" + lon);
        assertThat(((Map<?, ?>) located.get("grid")).get("code")).isEqualTo(code);
        assertThat(((Map<?, ?>) located.get("community")).get("code")).isEqualTo(city.community(0));
        assertThat(((Map<?, ?>) located.get("community")).get("responsible")).isEqualTo("陈静");
        assertThat(((Map<?, ?>) located.get("grid")).get("head")).isEqualTo("刘洋");
        assertThat(((Map<?, ?>) located.get("township")).get("code")).isEqualTo(city.township);
        assertThat(((Map<?, ?>) located.get("district")).get("code")).isEqualTo(city.district);

        Map<?, ?> moved = http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/grids/" + code,
                city.square(code, 0.6, 0.6, 0.003)).bearerAuth(admin), Map.class);
        assertThat(((Map<?, ?>) moved.get("properties")).get("revision")).isEqualTo(1);
        assertThat(statusOf(() -> get("/api/v1/locate?lat=" + lat + "&lon=" + lon))).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void manyPointsAreLocatedInOneRequestEachAsTheSingleLocateAnswersIt() {
        String code = city.grid(1, 10);
        http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/grids/" + code, city.square(code, 0.9, 0.9, 0.003))
                .bearerAuth(admin), Map.class);
        double lat = city.centre.lat() + 0.9015;
        double lon = city.centre.lon() + 0.9015;
        Map<?, ?> single = get("/api/v1/locate?lat=" + lat + "&lon=" + lon);

        Map<?, ?> many = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/locate", Map.of("points", List.of(
                Map.of("lat", lat, "lon", lon),
                Map.of("lat", lat - 3, "lon", lon, "crs", "wgs84"),
                Map.of("lat", lat, "lon", lon, "crs", "wgs84")))).bearerAuth(admin), Map.class);

        List<Object> results = objects(many.get("results"));
        assertThat(results).hasSize(3);
        assertThat(((Map<?, ?>) results.get(0)).get("index")).isEqualTo(0);
        assertThat(((Map<?, ?>) results.get(0)).get("located")).isEqualTo(single);
        assertThat(((Map<?, ?>) results.get(1)).get("located")).as("a point in no grid").isNull();
        assertThat(((Map<?, ?>) results.get(2)).get("located")).isEqualTo(single);
    }

    @Test
    void aBadPointInALocateRequestIsNamedAndNothingIsAnswered() {
        HttpClientResponseException e = (HttpClientResponseException) catchThrowable(() -> http.toBlocking().exchange(
                HttpRequest.POST("/api/v1/locate", Map.of("points", List.of(Map.of("lat", 36.8, "lon", 118.0),
                        Map.of("lat", 95.0, "lon", 118.0)))).bearerAuth(admin)));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("points[1].lat");
        assertThat(statusOf(() -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/locate",
                Map.of("points", List.of())).bearerAuth(admin)))).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(statusOf(() -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/locate",
                Map.of("points", List.of(Map.of("lat", 36.8, "lon", 118.0, "crs", "utm")))).bearerAuth(admin))))
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(statusOf(() -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/locate",
                Map.of("points", List.of(Map.of("lat", 36.8, "lon", 118.0)))))))
                .as("anonymous").isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void onlyAdminsAndTheGridsOwnTownshipMayWrite() {
        String code = city.grid(0, 9);
        Map<String, Object> feature = city.square(code, 0.7, 0.7, 0.003);
        String worker = tokens.issue("w-" + city.district, Role.WORKER, List.of(code));
        String otherTownship = tokens.issue("t-" + city.district, Role.TOWNSHIP, List.of("370303102"));
        String ownTownship = tokens.issue("o-" + city.district, Role.TOWNSHIP, List.of(city.township));
        assertThat(statusOf(() -> http.toBlocking().exchange(HttpRequest.PUT("/api/v1/grids/" + code, feature).bearerAuth(worker))))
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(statusOf(() -> http.toBlocking().exchange(HttpRequest.PUT("/api/v1/grids/" + code, feature).bearerAuth(otherTownship))))
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        // a township redraws inside its outline, which an administrator's import gave it
        http.toBlocking().exchange(HttpRequest.PUT("/api/v1/grids/" + code, feature).bearerAuth(admin));
        assertThat(http.toBlocking().exchange(HttpRequest.PUT("/api/v1/grids/" + code, feature).bearerAuth(ownTownship))
                .getStatus().getCode()).isEqualTo(HttpStatus.OK.getCode());
        HttpClientResponseException refused = (HttpClientResponseException) org.assertj.core.api.Assertions.catchThrowable(
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/grids/import", Map.of("type", "FeatureCollection",
                        "features", List.of(city.square(city.grid(0, 10), 0.8, 0.8, 0.003)))).bearerAuth(otherTownship)));
        assertThat(refused.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(refused.getResponse().getBody(String.class).orElseThrow()).contains("outside your township");
    }

    @Test
    void badInputIsA4xxNamingTheField() {
        assertThat(statusOf(() -> get("/api/v1/locate?lat=abc&lon=118"))).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(statusOf(() -> get("/api/v1/locate?lat=36.8&lon=118&crs=utm"))).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(statusOf(() -> get("/api/v1/grids/12345"))).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(statusOf(() -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/grids/import",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":").contentType(MediaType.APPLICATION_JSON)
                .bearerAuth(admin)))).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        String code = city.grid(0, 11);
        HttpClientResponseException e = (HttpClientResponseException) catchThrowable(() -> http.toBlocking().exchange(
                HttpRequest.PUT("/api/v1/grids/" + code, Map.of("type", "Feature", "properties", Map.of("name", "x"),
                        "geometry", Map.of("type", "Point", "coordinates", List.of(118, 36)))).bearerAuth(admin)));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("geometry");
    }

    @Test
    void areasAnswerWithTheirChildren() {
        Map<?, ?> township = get("/api/v1/areas/" + city.township);
        assertThat(township.get("level")).isEqualTo("township");
        assertThat((List<?>) township.get("children")).hasSize(3);
        List<?> communities = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/areas?parent=" + city.township
                + "&level=community").bearerAuth(admin), Argument.listOf(Map.class));
        assertThat(communities).hasSize(3);
        assertThat(statusOf(() -> get("/api/v1/areas/999999999999"))).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    private Map<?, ?> importGrids(List<Map<String, Object>> features, boolean allOrNothing) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/v1/grids/import?allOrNothing=" + allOrNothing,
                Map.of("type", "FeatureCollection", "features", features)).bearerAuth(admin), Map.class);
    }

    private Map<?, ?> get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(admin), Map.class);
    }

    private static String reason(List<?> rejected, int i) {
        return String.valueOf(((Map<?, ?>) rejected.get(i)).get("reason"));
    }

    private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call);
    }


    @SuppressWarnings("unchecked")
    private static List<Object> objects(Object list) {
        return (List<Object>) list;
    }

    private static int statusOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(HttpClientResponseException.class);
        return ((HttpClientResponseException) thrown).getStatus().getCode();
    }
}
