package org.gridgov.registry.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.registry.app.ShowcaseSites;
import org.gridgov.registry.domain.KpiReading;
import org.gridgov.registry.domain.ShowcaseSite;
import org.gridgov.registry.domain.SiteKind;

/**
 * Showcase sites (七星九点). Figures arrive on {@code gridgov.kpi.v1} or here by an authenticated
 * POST (any signed-in system or user may report a figure; only the reform office creates sites).
 */
@Tag(name = "registry")
@DocumentedProblems
@Controller("/api/v1/registry/sites")
@ExecuteOn(TaskExecutors.BLOCKING)
class SitesController {

    private static final String SITE = "^[a-z0-9][a-z0-9-]{0,63}$";
    private final ShowcaseSites sites;

    /** Clocks of the caller and the platform may differ a little. */
    private static final java.time.Duration FUTURE_LEEWAY = java.time.Duration.ofMinutes(5);
    private final java.time.Clock clock;

    SitesController(ShowcaseSites sites, java.time.Clock clock) {
        this.clock = clock;
        this.sites = sites;
    }

    @Operation(operationId = "listShowcaseSites", summary = "Showcase sites (七星九点)")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<SiteView> list() {
        return sites.all().stream().map(SiteView::of).toList();
    }

    @Operation(operationId = "getShowcaseSite", summary = "A showcase site with its figures")
    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    SiteView get(@PathVariable @Pattern(regexp = SITE) String id) {
        return SiteView.of(sites.site(id));
    }

    @Operation(operationId = "createShowcaseSite", summary = "Create a showcase site")
    @Post
    @Secured("REFORM_OFFICE")
    HttpResponse<SiteView> create(@Body @Valid SiteRequest request) {
        if ((request.lat() == null) != (request.lon() == null)) {
            throw Problem.unprocessable(request.lat() == null ? "lat" : "lon", "a location has both lat and lon, or neither");
        }
        ShowcaseSite site = sites.create(new ShowcaseSite(request.id(), request.name(), SiteKind.fromCode(request.kind()),
                request.measureId(), request.lat(), request.lon(), request.address(), request.description()));
        return HttpResponse.created(SiteView.of(site), URI.create("/api/v1/registry/sites/" + site.id()));
    }

    /**
     * A figure by hand: the reform office or an administrator only (the dashboard's own figures come
     * over {@code gridgov.kpi.v1}), and never dated in the future, where it would stay "latest".
     */
    @Operation(operationId = "reportShowcaseKpi", summary = "Report a figure of a showcase site by hand")
    @Post("/{id}/kpis")
    @Secured({"REFORM_OFFICE", "ADMIN"})
    HttpResponse<SiteView> report(@PathVariable @Pattern(regexp = SITE) String id, @Body @Valid KpiRequest request) {
        if (!Double.isFinite(request.value())) {
            throw Problem.badRequest("value", "must be a finite number");
        }
        if (request.measuredAt().isAfter(clock.instant().plus(FUTURE_LEEWAY))) {
            throw Problem.unprocessable("measuredAt", "measuredAt lies in the future");
        }
        KpiReading reading = new KpiReading(id, request.metric(), request.value(), request.unit(), request.period(), request.measuredAt());
        sites.record(reading).orElseThrow(() -> Problem.notFound("no showcase site '" + id + "'"));
        return HttpResponse.created(SiteView.of(sites.site(id)));
    }
}
