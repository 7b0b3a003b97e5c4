package org.gridgov.dashboard.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.dashboard.app.AreaFigures;
import org.gridgov.dashboard.app.DashboardSettings;
import org.gridgov.dashboard.app.ReadFigures;
import org.gridgov.dashboard.app.ReadGridTiles;
import org.gridgov.dashboard.app.StatsScope;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.Figures;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.dashboard.domain.Extent;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.Caller;

/** An area's standard figures for a period, as JSON, CSV and GeoJSON, and where its grids lie. */
@Tag(name = "dashboard")
@DocumentedProblems
@Controller("/api/v1/stats/areas/{code}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(Figures.class)
class StatsController {

    private final ReadFigures readFigures;
    private final GridMap gridMap;
    private final ReadGridTiles gridTiles;
    private final DashboardSettings settings;
    private final Clock clock;

    StatsController(ReadFigures readFigures, GridMap gridMap, ReadGridTiles gridTiles, DashboardSettings settings, Clock clock) {
        this.readFigures = readFigures;
        this.gridMap = gridMap;
        this.gridTiles = gridTiles;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(operationId = "areaFigures", summary = "Figures of an area (city, district, township, community or grid) for a period")
    @Get
    AreaFigures figures(@PathVariable String code, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue String by, Authentication authentication) {
        AreaCode area = StatsParams.area(code, settings.cityCode());
        String department = StatsScope.departmentFilter(Caller.of(authentication), area);
        Period period = StatsParams.period(from, to, clock, settings.zone());
        return readFigures.figures(area, period, department, StatsParams.grouping(by));
    }

    @Operation(operationId = "exportAreaFigures", summary = "Figures of an area as CSV")
    @Get(value = "/export.csv", produces = "text/csv")
    HttpResponse<byte[]> figuresCsv(@PathVariable String code, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue String by, Authentication authentication) {
        AreaFigures figures = figures(code, from, to, by, authentication);
        Csv csv = new Csv();
        List<Object> header = new ArrayList<>(List.of("代码", "名称"));
        for (Metric metric : Metric.values()) {
            header.add(metric.label());
        }
        csv.row(header);
        csv.row(line(figures.code(), "合计 " + figures.name(), figures.figures()));
        figures.rows().forEach(row -> csv.row(line(row.key(), row.label(), row.figures())));
        return csv.response("figures-" + figures.code() + "-" + figures.from() + "-" + figures.to() + ".csv");
    }

    @Operation(operationId = "areaGridsGeoJson", summary = "Grid cells of an area with their figures, as GeoJSON")
    @Get(value = "/grids.geojson", produces = {"application/geo+json", "application/json"})
    HttpResponse<String> grids(@PathVariable String code, @Nullable @QueryValue String metric, @Nullable @QueryValue String from,
            @Nullable @QueryValue String to, Authentication authentication) {
        AreaCode area = StatsParams.area(code, settings.cityCode());
        String department = StatsScope.departmentFilter(Caller.of(authentication), area);
        Period period = StatsParams.period(from, to, clock, settings.zone());
        Metric chosen = StatsParams.metric(metric, Metric.ON_TIME_CLOSE_RATE);
        return HttpResponse.ok(gridMap.featureCollection(area, period, department, chosen))
                .contentType("application/geo+json");
    }

    @io.micronaut.serde.annotation.Serdeable
    record BoundsView(double west, double south, double east, double north) {}

    /** Where an area's grids lie (WGS-84 degrees), so that a map of vector tiles can open on the area. */
    @Operation(operationId = "areaBounds", summary = "Bounding box of an area's grid cells")
    @Get("/bounds")
    BoundsView bounds(@PathVariable String code, Authentication authentication) {
        AreaCode area = StatsParams.area(code, settings.cityCode());
        StatsScope.departmentFilter(Caller.of(authentication), area);
        Extent extent = gridTiles.extent(area).orElseThrow(() -> Problem.notFound("no grid lies in " + code));
        return new BoundsView(extent.west(), extent.south(), extent.east(), extent.north());
    }

    private static List<Object> line(String key, String label, Figures figures) {
        List<Object> values = new ArrayList<>(List.of(key, label));
        for (Metric metric : Metric.values()) {
            Double value = figures.metric(metric);
            values.add(value == null ? "" : format(metric, value));
        }
        return values;
    }

    private static String format(Metric metric, double value) {
        return metric.name().endsWith("RATE") || metric.name().contains("HOURS")
                ? String.format(java.util.Locale.ROOT, "%.4f", value)
                : String.valueOf((long) value);
    }
}
