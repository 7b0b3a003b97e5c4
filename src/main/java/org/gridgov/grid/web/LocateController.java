package org.gridgov.grid.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.grid.app.LocatePoint;
import org.gridgov.grid.domain.CoordinateSystem;
import org.gridgov.grid.domain.LatLon;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;

/**
 * {@code GET /api/v1/locate?lat=&lon=&crs=wgs84|gcj02|bd09}: which grid, and who answers for it.
 * {@code POST /api/v1/locate} answers many points in one exchange: intake sends the points of
 * reports arriving together, and an offline batch, that way.
 */
@Tag(name = "grid")
@DocumentedProblems
@Controller("/api/v1/locate")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(LocateController.EXECUTOR)
class LocateController {

    /** the executor named in application.yml, apart from the blocking pool that intake's callers hold */
    static final String EXECUTOR = "locate";

    private final LocatePoint locatePoint;

    LocateController(LocatePoint locatePoint) {
        this.locatePoint = locatePoint;
    }

    @Operation(operationId = "locate", summary = "The grid cell at a point")
    @Get("{?lat,lon,crs}")
    LocateView locate(@Nullable @QueryValue String lat, @Nullable @QueryValue String lon,
                      @Nullable @QueryValue String crs) {
        double latitude = number("lat", lat, 90);
        double longitude = number("lon", lon, 180);
        CoordinateSystem system = CoordinateSystem.parse(crs)
                .orElseThrow(() -> Problem.badRequest("crs", "wgs84, gcj02 or bd09"));
        return locatePoint.locate(new LatLon(latitude, longitude), system).map(LocateView::of)
                .orElseThrow(() -> Problem.notFound("no grid at lat " + latitude + ", lon " + longitude));
    }

    /** At most this many points per request. */
    static final int MAX_POINTS = 500;

    @Operation(operationId = "locateMany", summary = "The grid cells at several points")
    @Post
    LocateManyView locateMany(@Body LocateManyRequest request) {
        if (request.points() == null || request.points().isEmpty() || request.points().size() > MAX_POINTS) {
            throw Problem.badRequest("points", "1 to " + MAX_POINTS + " points");
        }
        List<LocateManyView.Result> results = new ArrayList<>(request.points().size());
        for (int i = 0; i < request.points().size(); i++) {
            LocateManyRequest.Point point = request.points().get(i);
            String field = "points[" + i + "]";
            if (point == null) {
                throw Problem.badRequest(field, "required");
            }
            double latitude = number(field + ".lat", point.lat(), 90);
            double longitude = number(field + ".lon", point.lon(), 180);
            CoordinateSystem system = CoordinateSystem.parse(point.crs())
                    .orElseThrow(() -> Problem.badRequest(field + ".crs", "wgs84, gcj02 or bd09"));
            results.add(new LocateManyView.Result(i,
                    locatePoint.locate(new LatLon(latitude, longitude), system).map(LocateView::of).orElse(null)));
        }
        return new LocateManyView(results);
    }

    private static double number(String field, Double value, double limit) {
        if (value == null) {
            throw Problem.badRequest(field, "required");
        }
        if (!Double.isFinite(value) || Math.abs(value) > limit) {
            throw Problem.badRequest(field, "must be between -" + (int) limit + " and " + (int) limit);
        }
        return value;
    }

    private static double number(String field, String text, double limit) {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest(field, "required");
        }
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw Problem.badRequest(field, "not a number: " + text);
        }
        return number(field, value, limit);
    }
}
