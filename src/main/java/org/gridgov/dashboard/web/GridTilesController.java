package org.gridgov.dashboard.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.gridgov.dashboard.app.DashboardSettings;
import org.gridgov.dashboard.app.ReadGridTiles;
import org.gridgov.dashboard.app.StatsScope;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.domain.TileAddress;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;

/**
 * The grids as Mapbox Vector Tiles (layer {@code grids}; attributes {@code code}, {@code name},
 * {@code townshipCode}, {@code metric}, {@code value}) for maps of a whole province. Same callers and
 * scope as the GeoJSON map ({@code /api/v1/stats/areas/{code}/grids.geojson}): a township account
 * sees its own township's grids, a dispatcher its department's figures, a worker nothing.
 *
 * <p>Tiles are private (they depend on the caller) and change as cases move, so they may be kept
 * for a minute, the console's refresh interval, and revalidated by their ETag after that. The
 * server renders the costly low-zoom tiles ahead and keeps them ({@link LowZoomTileCache}).
 */
@Tag(name = "dashboard")
@DocumentedProblems
@Controller("/tiles/grids")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GridTilesController {

    static final String MEDIA_TYPE = "application/vnd.mapbox-vector-tile";

    /** The figure a tile carries when the request names none. */
    static final Metric DEFAULT_METRIC = Metric.ON_TIME_CLOSE_RATE;

    private final ReadGridTiles readTiles;
    private final LowZoomTileCache lowZoomTiles;
    private final DashboardSettings settings;
    private final Clock clock;

    GridTilesController(ReadGridTiles readTiles, LowZoomTileCache lowZoomTiles, DashboardSettings settings, Clock clock) {
        this.readTiles = readTiles;
        this.lowZoomTiles = lowZoomTiles;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(operationId = "gridTile", summary = "Grid outlines as a Mapbox vector tile")
    @Get(value = "/{z}/{x}/{y}.mvt", produces = MEDIA_TYPE)
    HttpResponse<byte[]> tile(@PathVariable String z, @PathVariable String x, @PathVariable String y,
            @Nullable @QueryValue String metric, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, Authentication authentication) {
        TileAddress tile = address(z, x, y);
        Metric chosen = StatsParams.metric(metric, DEFAULT_METRIC);
        Period period = StatsParams.period(from, to, clock, settings.zone());
        Caller caller = Caller.of(authentication);
        List<String> townships = StatsScope.townships(caller);
        String department = departmentOf(caller);
        LowZoomTileCache.Tile kept = lowZoomTiles.get(new LowZoomTileCache.Key(tile, chosen, period, department, townships),
                () -> readTiles.tile(tile, chosen, period, department, townships));
        String etag = etag(kept.body());
        String cacheControl = "private, max-age=" + kept.maxAgeSeconds();
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED).header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return HttpResponse.ok(kept.body()).contentType(MEDIA_TYPE).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    /**
     * A tile has no area to check as the other stats do: a township account gets its townships'
     * grids only ({@link StatsScope#townships}), a dispatcher every grid with its department's cases.
     */
    private static String departmentOf(Caller caller) {
        if (!caller.is(Role.DISPATCHER)) {
            return null;
        }
        if (caller.scope().isEmpty()) {
            throw Problem.forbidden("a dispatcher account without a department sees no figures");
        }
        return caller.scope().get(0);
    }

    private static TileAddress address(String z, String x, String y) {
        int zoom = number("z", z);
        int column = number("x", x);
        int row = number("y", y);
        TileAddress.check(zoom, column, row).ifPresent(refusal -> {
            throw Problem.badRequest(refusal.field(), refusal.reason());
        });
        return new TileAddress(zoom, column, row);
    }

    private static int number(String field, String value) {
        if (value == null || !value.matches("[0-9]{1,9}")) {
            throw Problem.badRequest(field, "must be a whole number of tiles, e.g. 12");
        }
        return Integer.parseInt(value);
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
