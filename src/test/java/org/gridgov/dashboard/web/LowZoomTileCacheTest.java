package org.gridgov.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.domain.TileAddress;
import org.junit.jupiter.api.Test;

class LowZoomTileCacheTest {

    private static final Period NOVEMBER = Period.month(YearMonth.of(2026, 11));

    private Instant now = Instant.parse("2026-11-20T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LowZoomTileCache cache = new LowZoomTileCache(clock);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aLowZoomTileIsRenderedOnceAMinuteAndSentWithWhatIsLeftOfIt() {
        LowZoomTileCache.Key key = key(new TileAddress(8, 210, 99), null, null);

        assertThat(cache.get(key, this::read).maxAgeSeconds()).isEqualTo(60);
        now = now.plus(Duration.ofSeconds(30));
        assertThat(cache.get(key, this::read).maxAgeSeconds()).isEqualTo(30);
        cache.renderAhead();
        assertThat(reads).as("not yet due").hasValue(1);
    }

    @Test
    void aTileAMapWatchesIsRenderedAgainBeforeItsMinuteIsOverSoTheMapNeverWaits() {
        LowZoomTileCache.Key key = key(new TileAddress(8, 210, 99), null, null);
        cache.get(key, this::read);

        now = now.plus(Duration.ofSeconds(45));
        cache.renderAhead();
        assertThat(reads).hasValue(2);
        now = now.plus(Duration.ofSeconds(10));
        LowZoomTileCache.Tile tile = cache.get(key, this::unexpectedRead);

        assertThat(tile.body()).containsExactly(2);
        assertThat(tile.maxAgeSeconds()).isEqualTo(50);
    }

    @Test
    void aTileOlderThanItsMinuteIsStillSentAtOnceAndRenderedAgainBehindIt() {
        LowZoomTileCache.Key key = key(new TileAddress(9, 420, 198), null, null);
        cache.renderUnasked(key, this::read);

        now = now.plus(Duration.ofMinutes(3));
        LowZoomTileCache.Tile stale = cache.get(key, this::unexpectedRead);
        assertThat(stale.body()).containsExactly(1);
        assertThat(stale.maxAgeSeconds()).as("a client must not keep it").isZero();
        cache.renderAhead();

        assertThat(cache.get(key, this::unexpectedRead).body()).containsExactly(2);
    }

    @Test
    void aTileNobodyWatchesIsNotRenderedAgainAndGoesWhenItMayNoLongerBeServed() {
        LowZoomTileCache.Key key = key(new TileAddress(10, 840, 396), null, null);
        cache.renderUnasked(key, this::read);

        now = now.plus(Duration.ofMinutes(4));
        cache.renderAhead();
        assertThat(reads).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);

        now = now.plus(Duration.ofMinutes(1));
        cache.renderAhead();
        assertThat(cache.size()).isZero();
        assertThat(cache.get(key, this::read).body()).as("rendered in the request").containsExactly(2);
    }

    @Test
    void aMapClosedForAQuarterOfAnHourStopsBeingRenderedAhead() {
        LowZoomTileCache.Key key = key(new TileAddress(8, 210, 99), null, null);
        cache.get(key, this::read);

        for (int minute = 1; minute <= 20; minute++) {
            now = now.plus(Duration.ofMinutes(1));
            cache.renderAhead();
        }

        assertThat(reads).as("once for the map, then once a minute while it was asked for less than 15 minutes ago").hasValue(1 + 14);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aHighZoomTileIsAlwaysReadAfresh() {
        LowZoomTileCache.Key key = key(new TileAddress(11, 1680, 795), null, null);

        cache.get(key, this::read);
        assertThat(cache.get(key, this::read).maxAgeSeconds()).isEqualTo(60);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aTileIsNeverSharedAcrossCallerScopes() {
        TileAddress tile = new TileAddress(9, 420, 198);

        cache.get(key(tile, null, null), this::read);
        cache.get(key(tile, "CGJ", null), this::read);
        cache.get(key(tile, null, List.of("370303102")), this::read);

        assertThat(reads).hasValue(3);
    }

    private static LowZoomTileCache.Key key(TileAddress tile, String department, List<String> townships) {
        return new LowZoomTileCache.Key(tile, Metric.ON_TIME_CLOSE_RATE, NOVEMBER, department, townships);
    }

    private byte[] read() {
        return new byte[] {(byte) reads.incrementAndGet()};
    }

    private byte[] unexpectedRead() {
        throw new AssertionError("the request should have been served a kept tile");
    }
}
