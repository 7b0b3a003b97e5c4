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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.gridgov.dashboard.app.DashboardSettings;
import org.gridgov.dashboard.app.Labels;
import org.gridgov.dashboard.app.ReadActivity;
import org.gridgov.dashboard.app.StatsScope;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.SquareBinning;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.Caller;

/** Hotspots, worker activity, the overdue list and the case markers of an area. */
@Tag(name = "dashboard")
@DocumentedProblems
@Controller("/api/v1/stats/areas/{code}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ActivityController {

    private final ReadActivity activity;
    private final Labels labels;
    private final DashboardSettings settings;
    private final Clock clock;

    ActivityController(ReadActivity activity, Labels labels, DashboardSettings settings, Clock clock) {
        this.activity = activity;
        this.labels = labels;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(operationId = "areaHotspots", summary = "Hotspots of an area: categories and places with the most reports")
    @Get("/hotspots")
    List<ReadActivity.Hotspot> hotspots(@PathVariable String code, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue Double cell, @Nullable @QueryValue String category, @Nullable @QueryValue Integer limit,
            Authentication authentication) {
        AreaCode area = StatsParams.area(code, settings.cityCode());
        String department = StatsScope.departmentFilter(Caller.of(authentication), area);
        if (category != null && !category.matches("[0-9]{4}")) {
            throw Problem.badRequest("category", "a 4-digit category code");
        }
        SquareBinning binning;
        try {
            binning = new SquareBinning(cell == null ? 0.005 : cell);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("cell", e.getMessage());
        }
        return activity.hotspots(area, department, StatsParams.period(from, to, clock, settings.zone()), binning, category,
                StatsParams.bounded("limit", limit, 20, 1, 1000));
    }

    @Operation(operationId = "exportAreaHotspots", summary = "Hotspots of an area as CSV")
    @Get(value = "/hotspots/export.csv", produces = "text/csv")
    HttpResponse<byte[]> hotspotsCsv(@PathVariable String code, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue Double cell, @Nullable @QueryValue String category, @Nullable @QueryValue Integer limit,
            Authentication authentication) {
        Csv csv = new Csv().row(List.of("列", "行", "西", "南", "东", "北", "案件数", "类别", "类别名称", "类别案件数"));
        for (ReadActivity.Hotspot h : hotspots(code, from, to, cell, category, limit, authentication)) {
            h.byCategory().forEach((cat, n) -> csv.row(List.of(h.column(), h.row(), h.west(), h.south(), h.east(), h.north(),
                    h.cases(), cat, labels.category(cat), n)));
        }
        return csv.response("hotspots-" + code + ".csv");
    }

    @Operation(operationId = "areaWorkers", summary = "Grid workers' activity in an area")
    @Get("/workers")
    ReadActivity.WorkerActivity workers(@PathVariable String code, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue Integer idleDays, Authentication authentication) {
        AreaCode area = StatsParams.area(code, settings.cityCode());
        if (StatsScope.departmentFilter(Caller.of(authentication), area) != null) {
            throw Problem.forbidden("worker activity is for township, reform office and admin accounts");
        }
        return activity.workers(area, StatsParams.period(from, to, clock, settings.zone()),
                StatsParams.bounded("idleDays", idleDays, 7, 1, 365));
    }

    @Operation(operationId = "exportAreaWorkers", summary = "Grid workers' activity in an area as CSV")
    @Get(value = "/workers/export.csv", produces = "text/csv")
    HttpResponse<byte[]> workersCsv(@PathVariable String code, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue Integer idleDays, Authentication authentication) {
        ReadActivity.WorkerActivity a = workers(code, from, to, idleDays, authentication);
        Csv csv = new Csv().row(List.of("网格员", "上报数", "涉及网格数"));
        a.reportsPerWorker().forEach(w -> csv.row(List.of(w.worker(), w.reports(), w.grids())));
        csv.row(List.of()).row(List.of("网格", "名称", "最近上报时间(" + a.idleDays() + "天内无上报)"));
        a.gridsWithoutReports().forEach(g -> csv.row(java.util.Arrays.asList(g.gridCode(), g.name(), g.lastWorkerReportAt())));
        return csv.response("workers-" + code + ".csv");
    }

    @Operation(operationId = "areaOverdueCases", summary = "Overdue cases in an area")
    @Get("/overdue")
    List<ReadActivity.CaseMarker> overdue(@PathVariable String code, @Nullable @QueryValue Integer limit, Authentication authentication) {
        AreaCode area = StatsParams.area(code, settings.cityCode());
        String department = StatsScope.departmentFilter(Caller.of(authentication), area);
        return activity.overdue(area, department, StatsParams.bounded("limit", limit, 200, 1, 5000));
    }

    @Operation(operationId = "exportAreaOverdueCases", summary = "Overdue cases in an area as CSV")
    @Get(value = "/overdue/export.csv", produces = "text/csv")
    HttpResponse<byte[]> overdueCsv(@PathVariable String code, @Nullable @QueryValue Integer limit, Authentication authentication) {
        Csv csv = new Csv().row(List.of("案件编号", "状态", "类别", "责任单位", "网格", "期限", "超期小时", "预警"));
        overdue(code, limit, authentication).forEach(c -> csv.row(java.util.Arrays.asList(c.caseNumber(), c.state(),
                c.categoryName(), c.departmentName(), c.gridCode(), c.deadline(), c.hoursOverdue(), c.warning())));
        return csv.response("overdue-" + code + ".csv");
    }

    @Operation(operationId = "areaCases", summary = "Cases in an area, filtered by status and period")
    @Get("/cases")
    List<ReadActivity.CaseMarker> cases(@PathVariable String code, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue Integer limit, Authentication authentication) {
        AreaCode area = StatsParams.area(code, settings.cityCode());
        String department = StatsScope.departmentFilter(Caller.of(authentication), area);
        return activity.cases(area, department, StatsParams.period(from, to, clock, settings.zone()),
                StatsParams.bounded("limit", limit, 500, 1, 5000));
    }
}
