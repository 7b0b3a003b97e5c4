package org.gridgov.dashboard.web;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.domain.TileAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gridgov.platform.time.SettableClock;

/**
 * Low-zoom grid tiles rendered ahead of the maps that show them. A province has a few hundred tiles
 * at zooms 8–10, each costing thousands of grids (up to a second at zoom 8), and every open map
 * asks for the same ones; tiles of higher zooms are cheap and many, and are not kept.
 *
 * <ul>
 *   <li>A tile rendered less than {@link #FRESH_FOR} ago is sent as it is, with what is left of that
 *       minute as its {@code max-age}.
 *   <li>A tile asked for in the last {@link #WATCHED_FOR} is rendered again in the background a few
 *       seconds before its minute is over ({@link #renderAhead}), so that a map someone looks at
 *       never waits for its low zooms and never shows them more than a minute old.
 *   <li>A tile older than its minute but younger than {@link #SERVED_FOR} (its renderer lagging, or
 *       one nobody watched) is sent at once with {@code max-age=0} and rendered again behind it.
 *   <li>Older or never rendered: the request renders it.
 * </ul>
 *
 * A tile is kept per caller scope (department, townships), never shared across scopes. Each
 * instance keeps its own tiles: they are a copy of the read models, not state.
 */
@Singleton
class LowZoomTileCache {

    static final Duration FRESH_FOR = Duration.ofSeconds(60);

    static final Duration SERVED_FOR = Duration.ofMinutes(5);

    static final Duration WATCHED_FOR = Duration.ofMinutes(15);

    /** How long before its minute is over a watched tile is rendered again: more than the renderer's interval. */
    private static final Duration RENDER_BEFORE = Duration.ofSeconds(20);

    /**
     * Room for every low-zoom tile of a province (a few hundred, up to a megabyte each at zoom 8)
     * for a few metrics and scopes; beyond it, the tiles nobody watches go, and if that is not
     * enough, all.
     */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(LowZoomTileCache.class);

    record Key(TileAddress tile, Metric metric, Period period, String department, List<String> townships) {}

    /** A tile, when it was rendered, when a map last asked for it (null: never) and how to render it again. */
    private record Kept(byte[] body, Instant renderedAt, Instant askedAt, Supplier<byte[]> render) {

        Kept asked(Instant at) {
            return new Kept(body, renderedAt, at, render);
        }

        boolean watched(Instant now) {
            return askedAt != null && now.isBefore(askedAt.plus(WATCHED_FOR));
        }

        Duration age(Instant now) {
            return Duration.between(renderedAt, now);
        }
    }

    /** A tile and how many more seconds it may be kept. */
    record Tile(byte[] body, long maxAgeSeconds) {}

    private final Map<Key, Kept> tiles = new ConcurrentHashMap<>();
    private final Clock clock;

    LowZoomTileCache(Clock clock) {
        this.clock = SettableClock.wallOf(clock); // a cached tile's age is real time
    }

    /** The tile for a map: kept, or rendered with {@code render} now. */
    Tile get(Key key, Supplier<byte[]> render) {
        if (!key.tile().thin()) {
            return new Tile(render.get(), FRESH_FOR.toSeconds());
        }
        Instant now = clock.instant();
        Kept kept = tiles.computeIfPresent(key, (k, v) -> v.asked(now));
        if (kept != null && kept.age(now).compareTo(SERVED_FOR) < 0) {
            long left = FRESH_FOR.minus(kept.age(now)).toSeconds();
            return new Tile(kept.body(), Math.max(0, left));
        }
        return new Tile(render(key, render, now).body(), FRESH_FOR.toSeconds());
    }

    /** Renders a tile nobody asked for yet (the city's tiles at start): kept, not watched. */
    void renderUnasked(Key key, Supplier<byte[]> render) {
        if (key.tile().thin()) {
            render(key, render, null);
        }
    }

    /**
     * Renders again, oldest first, the watched tiles whose minute is nearly over or over, and lets
     * go of the tiles nobody watches once they may no longer be served. One thread, so that
     * rendering ahead takes at most one core however many maps are open.
     */
    @Scheduled(fixedDelay = "${gridgov.dashboard.tiles.render-ahead-interval:10s}", initialDelay = "${gridgov.dashboard.tiles.render-ahead-interval:10s}")
    void renderAhead() {
        Instant now = clock.instant();
        tiles.values().removeIf(kept -> !kept.watched(now) && kept.age(now).compareTo(SERVED_FOR) >= 0);
        List<Map.Entry<Key, Kept>> due = tiles.entrySet().stream()
                .filter(e -> e.getValue().watched(now) && e.getValue().age(now).compareTo(FRESH_FOR.minus(RENDER_BEFORE)) >= 0)
                .sorted(Comparator.comparing(e -> e.getValue().renderedAt())).toList();
        for (Map.Entry<Key, Kept> tile : due) {
            try {
                render(tile.getKey(), tile.getValue().render(), null);
            } catch (RuntimeException e) {
                // the kept tile stays until SERVED_FOR; a map asking after that renders it in its request and sees the error
                LOG.warn("could not render tile {} ahead: {}", tile.getKey().tile(), e.toString());
                return;
            }
        }
    }

    /** The number of tiles kept, for tests and operators. */
    int size() {
        return tiles.size();
    }

    private Kept render(Key key, Supplier<byte[]> render, Instant askedAt) {
        Instant started = clock.instant(); // the tile is as old as the rows it read
        byte[] body = render.get();
        makeRoom(body.length);
        return tiles.merge(key, new Kept(body, started, askedAt, render),
                (old, fresh) -> fresh.askedAt() == null || (old.askedAt() != null && old.askedAt().isAfter(fresh.askedAt())) ? fresh.asked(old.askedAt()) : fresh);
    }

    private void makeRoom(int bytes) {
        if (bytes() + bytes <= MAX_BYTES) {
            return;
        }
        Instant now = clock.instant();
        tiles.values().removeIf(kept -> !kept.watched(now));
        if (bytes() + bytes > MAX_BYTES) {
            tiles.clear();
        }
    }

    private long bytes() {
        return tiles.values().stream().mapToLong(k -> k.body().length).sum();
    }
}
