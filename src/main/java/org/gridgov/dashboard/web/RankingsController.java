package org.gridgov.dashboard.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.gridgov.dashboard.app.DashboardSettings;
import org.gridgov.dashboard.app.Labels;
import org.gridgov.dashboard.app.ReadGridOutlines;
import org.gridgov.dashboard.app.ReadRankings;
import org.gridgov.dashboard.app.StatsScope;
import org.gridgov.dashboard.domain.Grouping;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.Caller;

/** Monthly rankings with 红榜/黑榜, the list of townships the page may show, and the names of codes. */
@Tag(name = "dashboard")
@DocumentedProblems
@Controller("/api/v1/stats")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RankingsController {

    @Serdeable
    record Township(String code, String name) {}

    @Serdeable
    record Category(String code, String major, String name) {}

    @Serdeable
    record Department(String code, String name) {}

    @Serdeable
    record CodeNames(List<Category> categories, List<Department> departments, List<MetricName> metrics) {}

    /** A figure's API name ({@code metric=}) and its Chinese label. */
    @Serdeable
    record MetricName(String name, String label) {}

    @Serdeable
    record PageSetup(String cityCode, String cityName, String tileUrl, List<Township> townships) {}

    private final ReadRankings rankings;
    private final ReadGridOutlines outlines;
    private final Labels labels;
    private final DashboardSettings settings;
    private final Clock clock;

    RankingsController(ReadRankings rankings, ReadGridOutlines outlines, Labels labels,
            DashboardSettings settings, Clock clock) {
        this.rankings = rankings;
        this.outlines = outlines;
        this.labels = labels;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(operationId = "rankings", summary = "Red and black lists: areas or departments ranked by their figures")
    @Get("/rankings")
    ReadRankings.MonthlyRanking rankings(@Nullable @QueryValue String month, @Nullable @QueryValue String of,
            @Nullable @QueryValue String metric, Authentication authentication) {
        StatsScope.mayReadRankings(Caller.of(authentication));
        Grouping grouping = switch (of == null ? "department" : of) {
            case "department" -> Grouping.DEPARTMENT;
            case "township" -> Grouping.TOWNSHIP;
            default -> throw Problem.badRequest("of", "department or township");
        };
        return rankings.rank(StatsParams.month(month, clock, settings.zone()), grouping,
                StatsParams.metric(metric, Metric.ON_TIME_CLOSE_RATE));
    }

    @Operation(operationId = "exportRankings", summary = "Rankings as CSV")
    @Get(value = "/rankings/export.csv", produces = "text/csv")
    HttpResponse<byte[]> rankingsCsv(@Nullable @QueryValue String month, @Nullable @QueryValue String of,
            @Nullable @QueryValue String metric, Authentication authentication) {
        ReadRankings.MonthlyRanking r = rankings(month, of, metric, authentication);
        Csv csv = new Csv().row(List.of("名次", "代码", "名称", r.metricLabel(), "应结案数", "榜单"));
        r.ranked().forEach(e -> csv.row(java.util.Arrays.asList(e.rank(), e.code(), e.name(), e.value(), e.due(),
                r.redList().contains(e) ? "红榜" : r.blackList().contains(e) ? "黑榜" : "")));
        return csv.response("rankings-" + r.of() + "-" + r.month() + ".csv");
    }

    /** Chinese names of categories, departments and figures, for the console's pickers and labels. */
    @Operation(operationId = "figureLabels", summary = "Names and definitions of the dashboard figures")
    @Get("/labels")
    CodeNames labels() {
        return new CodeNames(
                labels.categories().stream().map(c -> new Category(c.code(), c.major(), c.name())).toList(),
                labels.departments().stream().map(d -> new Department(d.code(), d.name())).toList(),
                java.util.Arrays.stream(Metric.values()).map(m -> new MetricName(m.apiName(), m.label())).toList());
    }

    @Operation(operationId = "dashboardTownships", summary = "Townships the caller may see on the dashboard")
    @Get("/townships")
    PageSetup townships(Authentication authentication) {
        List<String> allowed = StatsScope.townships(Caller.of(authentication));
        java.util.SortedSet<String> codes = new java.util.TreeSet<>(outlines.townshipCodes());
        labels.townships().forEach(d -> codes.add(d.code()));
        List<Township> townships = codes.stream()
                .filter(code -> allowed == null || allowed.contains(code))
                .map(code -> new Township(code, labels.area(code)))
                .toList();
        return new PageSetup(settings.cityCode(), labels.area(settings.cityCode()), settings.tileUrl(), townships);
    }
}
