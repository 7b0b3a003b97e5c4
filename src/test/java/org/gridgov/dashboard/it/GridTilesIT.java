package org.gridgov.dashboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.JsonSchema;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.gridgov.dashboard.domain.TileAddress;
import org.gridgov.support.TestTownships;

/**
 * The grid map's vector tiles over HTTP, decoded: which grids a tile draws, where, with which
 * attributes and figures, for whom; the empty tile; the refusals.
 *
 * <pre>
 * one zoom-12 tile, far from every other test's grids:
 *   township T: G1 (cases A closed late, B closed on time), G2 (case C open, past its deadline)
 *   township T2: G3 (no case)
 * </pre>
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridTilesIT {

    private static final String MVT = "application/vnd.mapbox-vector-tile";
    private static final int Z = 12;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestTokens tokens;

    @Inject
    JsonMapper json;

    @Value("${kafka.bootstrap.servers}")
    String bootstrap;

    private final Random random = new Random();
    private final ScriptedMonth month = ScriptedMonth.inDecade(1980, random);
    /** The township without grids of the authorisation matrix: {@link TestTownships} never draws it. */
    private static final String TOWNSHIP_WITHOUT_GRIDS = "370399999";

    private final String township = TestTownships.next();
    private final String district = township.substring(0, 6);
    private final String township2 = TestTownships.nextIn(district);
    private final String g1 = township + "001001";
    private final String g2 = township + "001002";
    private final String g3 = township2 + "001001";
    // a zoom-12 tile somewhere in western China, where no other test draws grids
    private final TileAddress tile = WebMercatorTiles.containing(80 + random.nextDouble() * 15, 30 + random.nextDouble() * 10, Z);
    private final int x = tile.x();
    private final int y = tile.y();
    private final double west = WebMercatorTiles.west(x, Z);
    private final double south = WebMercatorTiles.north(y + 1, Z);
    private String admin;

    @BeforeAll
    void feedGridsAndCases() {
        admin = tokens.issue("it-admin", Role.ADMIN, List.of());
        try (Feed feed = new Feed(bootstrap, json)) {
            JsonSchema gridSchema = Feed.schema("grid.v1.schema.json");
            feed.send(Topics.GRID, gridSchema, g1, GridMessages.squareCell(g1, "一号网格", west + 0.01, south + 0.02, 0.01));
            feed.send(Topics.GRID, gridSchema, g2, GridMessages.squareCell(g2, "二号网格", west + 0.02, south + 0.02, 0.01));
            feed.send(Topics.GRID, gridSchema, g3, GridMessages.squareCell(g3, "三号网格", west + 0.04, south + 0.02, 0.01));
            JsonSchema casesSchema = Feed.schema("cases.v1.schema.json");
            List<CaseScript> cases = List.of(
                    CaseScript.reported(g1, month.at(2, 10), south + 0.025, west + 0.015).registered(month.at(2, 11))
                            .dispatched("IT-TILES", month.at(2, 12), month.at(4, 10)).resolved(month.at(5, 10)).closed(month.at(5, 12)),
                    CaseScript.reported(g1, month.at(3, 10), south + 0.025, west + 0.015).registered(month.at(3, 11))
                            .dispatched("IT-TILES", month.at(3, 12), month.at(10, 10)).resolved(month.at(4, 10)).closed(month.at(4, 16)),
                    CaseScript.reported(g2, month.at(3, 10), south + 0.025, west + 0.025).registered(month.at(3, 11))
                            .dispatched("IT-TILES", month.at(3, 12), month.at(8, 10)));
            cases.forEach(c -> c.events().forEach(e -> feed.send(Topics.CASES, casesSchema, c.caseId(), e)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, VectorTile.Feature> features = VectorTile.gridsByCode(tile("reported", admin));
            assertThat(features).containsOnlyKeys(g1, g2, g3);
            assertThat(features.get(g1).attributes()).containsEntry("value", 2.0);
            assertThat(features.get(g2).attributes()).containsEntry("value", 1.0);
        });
    }

    @Test
    void aTileCarriesEachGridWithItsCodeNameTownshipAndFigure() {
        HttpResponse<byte[]> response = exchange(path("reported"), admin);

        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(MVT));
        assertThat(response.getHeaders().get("Cache-Control")).isEqualTo("private, max-age=60");
        VectorTile.Layer layer = VectorTile.decode(response.body()).layer("grids");
        assertThat(layer.extent()).isEqualTo(4096);
        Map<String, VectorTile.Feature> features = layer.byCode();
        assertThat(features.get(g1).attributes()).containsEntry("code", g1).containsEntry("name", "一号网格")
                .containsEntry("townshipCode", township).containsEntry("metric", "reported").containsEntry("value", 2.0);
        assertThat(features.get(g2).attributes()).containsEntry("code", g2).containsEntry("townshipCode", township)
                .containsEntry("value", 1.0);
        assertThat(features.get(g3).attributes()).containsEntry("code", g3).containsEntry("name", "三号网格")
                .containsEntry("townshipCode", township2).containsEntry("value", 0.0);
        assertThat(features.values()).allSatisfy(f -> {
            assertThat(f.id()).as("feature id is the numeric grid code").isEqualTo(Long.parseLong((String) f.attributes().get("code")));
            assertThat(f.type()).as("polygon").isEqualTo(3);
        });
    }

    @Test
    void aGridIsDrawnWhereItLiesInTheTile() {
        VectorTile.Feature first = VectorTile.gridsByCode(tile("reported", admin)).get(g1);

        List<int[]> ring = first.rings().get(0);
        int minX = ring.stream().mapToInt(p -> p[0]).min().orElseThrow();
        int maxX = ring.stream().mapToInt(p -> p[0]).max().orElseThrow();
        int minY = ring.stream().mapToInt(p -> p[1]).min().orElseThrow();
        int maxY = ring.stream().mapToInt(p -> p[1]).max().orElseThrow();
        assertThat(minX).isCloseTo(tileUnitX(west + 0.01), within(1));
        assertThat(maxX).isCloseTo(tileUnitX(west + 0.02), within(1));
        assertThat(minY).as("y grows southwards").isCloseTo(tileUnitY(south + 0.03), within(1));
        assertThat(maxY).isCloseTo(tileUnitY(south + 0.02), within(1));
    }

    @Test
    void aLowZoomTileDrawsTheSameGridsWithFewerUnitsAndOnlyWhatColoursThem() {
        int parentX = x >> 2;
        int parentY = y >> 2;
        VectorTile.Layer layer = VectorTile.decode(tileAt("/tiles/grids/10/" + parentX + "/" + parentY + ".mvt?metric=reported&" + month.period(),
                admin)).layer("grids");

        assertThat(layer.extent()).isEqualTo(256);
        VectorTile.Feature grid = layer.byCode().get(g1);
        assertThat(grid.attributes()).as("the code is the feature id; the name is asked for on click")
                .containsOnlyKeys("townshipCode", "value").containsEntry("townshipCode", township).containsEntry("value", 2.0);
        int minX = grid.rings().get(0).stream().mapToInt(p -> p[0]).min().orElseThrow();
        double expected = ((west + 0.01 + 180) / 360 * (1 << 10) - parentX) * 256;
        assertThat((double) minX).isCloseTo(expected, within(1.0));
    }

    @Test
    void theFigureIsTheOneAskedFor() {
        Map<String, VectorTile.Feature> overdue = VectorTile.gridsByCode(tile("overdue_now", admin));
        assertThat(overdue.get(g1).attributes()).containsEntry("metric", "overdue_now").containsEntry("value", 0.0);
        assertThat(overdue.get(g2).attributes()).containsEntry("value", 1.0);

        Map<String, VectorTile.Feature> onTime = VectorTile.gridsByCode(tile("on_time_close_rate", admin));
        assertThat(onTime.get(g1).attributes()).containsEntry("value", 0.5);
        assertThat(onTime.get(g2).attributes()).as("one case due, none closed").containsEntry("value", 0.0);
        assertThat(onTime.get(g3).attributes()).as("no case due: no rate, not 0 %").doesNotContainKey("value");
    }

    @Test
    void aTownshipAccountSeesOnlyItsOwnGridsAndADispatcherOnlyItsDepartmentsCases() {
        String operator = tokens.issue("it-township", Role.TOWNSHIP, List.of(township));
        assertThat(VectorTile.gridsByCode(tile("reported", operator))).containsOnlyKeys(g1, g2);

        String otherDepartment = tokens.issue("it-dispatcher", Role.DISPATCHER, List.of("IT-OTHER"));
        assertThat(VectorTile.gridsByCode(tile("reported", otherDepartment)).values()).allSatisfy(f -> assertThat(f.attributes()).containsEntry("value", 0.0));
        String ownDepartment = tokens.issue("it-dispatcher2", Role.DISPATCHER, List.of("IT-TILES"));
        assertThat(VectorTile.gridsByCode(tile("reported", ownDepartment)).get(g1).attributes()).containsEntry("value", 2.0);

        String worker = tokens.issue("it-worker", Role.WORKER, List.of(g1));
        assertThat(status(path("reported"), worker)).isEqualTo(403);
        assertThat(status(path("reported"), null)).isEqualTo(401);
    }

    @Test
    void aTownshipsMapOpensWhereItsGridsLie() {
        Map<String, Object> bounds = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/stats/areas/" + township + "/bounds")
                .bearerAuth(admin), Argument.mapOf(String.class, Object.class));

        assertThat(((Number) bounds.get("west")).doubleValue()).isCloseTo(west + 0.01, within(1e-5));
        assertThat(((Number) bounds.get("east")).doubleValue()).isCloseTo(west + 0.03, within(1e-5));
        assertThat(((Number) bounds.get("south")).doubleValue()).isCloseTo(south + 0.02, within(1e-5));
        assertThat(((Number) bounds.get("north")).doubleValue()).isCloseTo(south + 0.03, within(1e-5));
        assertThat(status("/api/v1/stats/areas/" + TOWNSHIP_WITHOUT_GRIDS + "/bounds", admin)).as("a township without grids").isEqualTo(404);
    }

    @Test
    void aTileWithoutGridsIsEmpty() {
        // the top left tile of zoom 8 lies in the Arctic Ocean near the antimeridian
        HttpResponse<byte[]> response = exchange("/tiles/grids/8/0/0.mvt?metric=reported", admin);

        assertThat(response.getStatus().getCode()).isEqualTo(200);
        byte[] body = response.getBody(byte[].class).orElse(new byte[0]);
        assertThat(body).isEmpty();
        assertThat(VectorTile.decode(body).layers()).isEmpty();
    }

    @Test
    void anUnchangedTileIsNotSentAgain() {
        HttpResponse<byte[]> first = exchange(path("reported"), admin);
        String etag = first.getHeaders().get("ETag");
        assertThat(etag).isNotBlank();

        HttpResponse<byte[]> again = client.toBlocking().exchange(HttpRequest.GET(path("reported")).bearerAuth(admin)
                .header("If-None-Match", etag), byte[].class);
        assertThat(again.getStatus().getCode()).isEqualTo(304);
    }

    @Test
    void badAddressesAndUnknownMetricsAreRefusedNamingTheField() {
        assertProblem("/tiles/grids/12/" + x + "/" + y + ".mvt?metric=popularity", "metric");
        assertProblem("/tiles/grids/7/0/0.mvt", "z");
        assertProblem("/tiles/grids/21/0/0.mvt", "z");
        assertProblem("/tiles/grids/12/4096/0.mvt", "x");
        assertProblem("/tiles/grids/12/0/4096.mvt", "y");
        assertProblem("/tiles/grids/12/0/-1.mvt", "y");
        assertProblem("/tiles/grids/12/abc/0.mvt", "x");
        assertProblem("/tiles/grids/12/0/0.mvt?from=2024-13-01", "from");
    }

    private byte[] tile(String metric, String token) {
        return tileAt(path(metric), token);
    }

    private byte[] tileAt(String path, String token) {
        return exchange(path, token).body();
    }

    private String path(String metric) {
        return "/tiles/grids/" + Z + "/" + x + "/" + y + ".mvt?metric=" + metric + "&" + month.period();
    }

    private HttpResponse<byte[]> exchange(String path, String token) {
        return client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token).accept(MVT), byte[].class);
    }

    private int status(String path, String token) {
        HttpRequest<?> request = token == null ? HttpRequest.GET(path) : HttpRequest.GET(path).bearerAuth(token);
        try {
            return client.toBlocking().exchange(request, byte[].class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private void assertProblem(String path, String field) {
        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(admin), Argument.of(String.class),
                Argument.of(String.class)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).as(path).isEqualTo(400);
                    assertThat(e.getResponse().getContentType()).as(path)
                            .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
                    assertThat(e.getResponse().getBody(String.class).orElse("")).as(path).contains("\"field\":\"" + field + "\"");
                });
    }

    /** Where a longitude lies across the tile, in the tile's 4096 units. */
    private int tileUnitX(double lon) {
        return (int) Math.round((WebMercatorTiles.column(lon, Z) - x) * 4096);
    }

    private int tileUnitY(double lat) {
        return (int) Math.round((WebMercatorTiles.row(lat, Z) - y) * 4096);
    }
}
