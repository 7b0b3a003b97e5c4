package org.gridgov.dashboard.web;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.domain.TileAddress;

/**
 * Low-zoom grid tiles kept for the minute a client may keep them anyway ({@code max-age=60}), and
 * sent with what is left of that minute, so that no tile is older than a minute in any cache. A
 * province has a few dozen tiles at zooms 8–10, each costing thousands of grids, and every open
 * map asks for the same ones; tiles of higher zooms are cheap and many, and are not kept. A tile is
 * kept per caller scope (department, townships), never shared across scopes.
 */
@Singleton
class LowZoomTileCache {

    static final Duration KEPT_FOR = Duration.ofSeconds(60);

    /**
     * Room for every low-zoom tile of a province (about a hundred, up to a megabyte each at zoom 8)
     * for a few metrics and scopes; beyond it, expired tiles go, and if that is not enough, all.
     */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    record Key(TileAddress tile, Metric metric, Period period, String department, List<String> townships) {}

    private record Kept(byte[] body, Instant until) {}

    /** A tile and how many more seconds it may be kept. */
    record Tile(byte[] body, long maxAgeSeconds) {}

    private final Map<Key, Kept> tiles = new ConcurrentHashMap<>();
    private final Clock clock;

    LowZoomTileCache(Clock clock) {
        this.clock = clock;
    }

    Tile get(Key key, Supplier<byte[]> read) {
        if (!key.tile().thin()) {
            return new Tile(read.get(), KEPT_FOR.toSeconds());
        }
        Instant now = clock.instant();
        Kept kept = tiles.get(key);
        if (kept != null && now.isBefore(kept.until())) {
            return new Tile(kept.body(), Duration.between(now, kept.until()).toSeconds());
        }
        byte[] body = read.get();
        if (size() + body.length > MAX_BYTES) {
            tiles.values().removeIf(k -> !now.isBefore(k.until()));
            if (size() + body.length > MAX_BYTES) {
                tiles.clear();
            }
        }
        tiles.put(key, new Kept(body, now.plus(KEPT_FOR)));
        return new Tile(body, KEPT_FOR.toSeconds());
    }

    private long size() {
        return tiles.values().stream().mapToLong(k -> k.body().length).sum();
    }
}
