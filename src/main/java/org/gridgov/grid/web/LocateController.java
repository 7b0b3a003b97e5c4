package org.gridgov.grid.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.gridgov.grid.app.LocatePoint;
import org.gridgov.grid.domain.CoordinateSystem;
import org.gridgov.grid.domain.LatLon;
import org.gridgov.platform.problem.Problem;

/** {@code GET /api/v1/locate?lat=&lon=&crs=wgs84|gcj02|bd09}: which grid, and who answers for it. */
@Controller("/api/v1/locate")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "gridgov.roles.grid", notEquals = "false")
class LocateController {

    private final LocatePoint locatePoint;

    LocateController(LocatePoint locatePoint) {
        this.locatePoint = locatePoint;
    }

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

    private static double number(String field, String text, double limit) {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest(field, "required");
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value) || Math.abs(value) > limit) {
                throw Problem.badRequest(field, "must be between -" + (int) limit + " and " + (int) limit);
            }
            return value;
        } catch (NumberFormatException e) {
            throw Problem.badRequest(field, "not a number: " + text);
        }
    }
}
