package org.gridgov.dashboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.JsonSchema;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.dashboard.web.CityTilesAhead;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.gridgov.dashboard.domain.TileAddress;
import org.gridgov.support.TestTownships;

/**
 * The city's low-zoom map is rendered before anyone asks for it: a city-wide account's first
 * zoom-8 tile is the one rendered ahead (it does not yet show a case closed after that rendering),
 * and the next rendering ahead brings the case in. The schedule is off here; the test renders
 * ahead itself, so that what a request is served is decided by the steps, not by the clock.
 */
@MicronautTest(transactional = false)
@Property(name = "gridgov.dashboard.tiles.city-ahead.enabled", value = "true")
@Property(name = "gridgov.dashboard.tiles.city-ahead.initial-delay", value = "1h")
@Property(name = "gridgov.dashboard.tiles.city-ahead.interval", value = "1h")
class CityTilesAheadIT {

    private static final String MVT = "application/vnd.mapbox-vector-tile";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestTokens tokens;

    @Inject
    JsonMapper json;

    @Inject
    CityTilesAhead cityTilesAhead;

    @Value("${kafka.bootstrap.servers}")
    String bootstrap;

    private final Random random = new Random();
    private final String grid = TestTownships.next() + "003001";
    // a 0.01° cell in south-western China, where no other test draws grids
    private final double west = 100 + random.nextInt(1000) / 100.0;
    private final double south = 24 + random.nextInt(500) / 100.0;

    @Test
    void theFirstLowZoomTileOfTheDayIsTheOneRenderedAheadAndTheNextRenderingBringsNewCasesIn() {
        String admin = tokens.issue("it-admin", Role.ADMIN, List.of());
        try (Feed feed = new Feed(bootstrap, json)) {
            feed.send(Topics.GRID, Feed.schema("grid.v1.schema.json"), grid, GridMessages.squareCell(grid, "先绘网格", west, south, 0.01));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> features(tile(12, admin)).containsKey(grid));

        cityTilesAhead.render();
        closeACaseOnTimeNow(grid);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(features(tile(12, admin)).get(grid).attributes())
                .as("the closed case counts at zoom 12, rendered in the request").containsEntry("value", 1.0));

        HttpResponse<byte[]> first = exchange(tile(8, admin));
        assertThat(VectorTile.gridsByCode(first.body()).get(grid).attributes()).as("the zoom-8 tile rendered before the case closed")
                .doesNotContainKey("value");
        assertThat(first.getHeaders().get("Cache-Control")).matches("private, max-age=[0-9]+");

        cityTilesAhead.render();
        assertThat(VectorTile.gridsByCode(exchange(tile(8, admin)).body()).get(grid).attributes()).as("rendered ahead again").containsEntry("value", 1.0);
    }

    private void closeACaseOnTimeNow(String gridCode) {
        Instant now = Instant.now();
        CaseScript closed = CaseScript.reported(gridCode, at(now, -50), south + 0.005, west + 0.005).registered(at(now, -40))
                .dispatched("IT-AHEAD", at(now, -30), at(now, 86_400)).resolved(at(now, -20)).closed(at(now, -10));
        try (Feed feed = new Feed(bootstrap, json)) {
            JsonSchema casesSchema = Feed.schema("cases.v1.schema.json");
            closed.events().forEach(e -> feed.send(Topics.CASES, casesSchema, closed.caseId(), e));
        }
    }

    private static String at(Instant now, int seconds) {
        return now.plusSeconds(seconds).toString();
    }

    /** The tile of a zoom holding the cell's centre: this month's default figure, as the console first asks. */
    private HttpRequest<?> tile(int z, String token) {
        TileAddress tile = WebMercatorTiles.containing(west + 0.005, south + 0.005, z);
        return HttpRequest.GET("/tiles/grids/" + z + "/" + tile.x() + "/" + tile.y() + ".mvt").bearerAuth(token).accept(MVT);
    }

    private HttpResponse<byte[]> exchange(HttpRequest<?> request) {
        return client.toBlocking().exchange(request, byte[].class);
    }

    private Map<String, VectorTile.Feature> features(HttpRequest<?> request) {
        // an empty tile is an empty body, which the client gives as none
        return VectorTile.gridsByCode(exchange(request).getBody().orElse(new byte[0]));
    }
}
