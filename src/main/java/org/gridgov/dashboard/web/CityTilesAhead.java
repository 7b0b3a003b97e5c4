package org.gridgov.dashboard.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.gridgov.dashboard.app.DashboardSettings;
import org.gridgov.dashboard.app.ReadGridTiles;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.domain.TileAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the map every city-wide account opens first (the low zooms of every grid, the tiles'
 * default figure, this month) before anyone asks, and again before it may no longer be served, so
 * that even the first map of the day does not wait seconds for its zoom-8 tiles. Maps of other
 * figures, months and scopes are rendered on their first request and kept fresh while they are
 * watched ({@link LowZoomTileCache}).
 *
 * <p>The cost is one rendering of each low-zoom tile per interval, on one thread: about a second for
 * Zibo's 5,141 grids, 27 seconds for a province of 200,000 (266 tiles, docs/BENCHMARKS.md).
 */
@Singleton
@Requires(property = "gridgov.dashboard.tiles.city-ahead.enabled", notEquals = "false")
public class CityTilesAhead {

    private static final Logger LOG = LoggerFactory.getLogger(CityTilesAhead.class);

    private final ReadGridTiles readTiles;
    private final LowZoomTileCache cache;
    private final DashboardSettings settings;
    private final Clock clock;

    CityTilesAhead(ReadGridTiles readTiles, LowZoomTileCache cache, DashboardSettings settings, Clock clock) {
        this.readTiles = readTiles;
        this.cache = cache;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every four minutes, within the five a tile nobody watches may be served. */
    @Scheduled(fixedDelay = "${gridgov.dashboard.tiles.city-ahead.interval:4m}", initialDelay = "${gridgov.dashboard.tiles.city-ahead.initial-delay:30s}")
    public void render() {
        try {
            long started = System.nanoTime();
            Metric metric = GridTilesController.DEFAULT_METRIC;
            Period month = StatsParams.period(null, null, clock, settings.zone());
            List<TileAddress> tiles = readTiles.thinTilesWithGrids();
            for (TileAddress tile : tiles) {
                cache.renderUnasked(new LowZoomTileCache.Key(tile, metric, month, null, null), () -> readTiles.tile(tile, metric, month, null, null));
            }
            LOG.debug("rendered the city's {} low-zoom tiles ahead in {} ms", tiles.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // the next interval tries again; until then maps render their tiles on request
            LOG.warn("could not render the city's low-zoom tiles ahead: {}", e.toString());
        }
    }
}
