package org.gridgov.routing.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gridgov.platform.geo.KnownAreas;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.security.Caller;
import org.gridgov.routing.app.ManageRules;
import org.gridgov.routing.domain.Area;

/** Routing rules: which department handles which category where. */
@Tag(name = "routing")
@DocumentedProblems
@Controller("/api/v1/routing/rules")
@Secured({"ADMIN", "TOWNSHIP"})
@ExecuteOn(TaskExecutors.BLOCKING)
class RuleController {

    private final ManageRules manageRules;
    private final KnownAreas knownAreas;

    RuleController(ManageRules manageRules, KnownAreas knownAreas) {
        this.manageRules = manageRules;
        this.knownAreas = knownAreas;
    }

    @Operation(operationId = "listRoutingRules", summary = "Routing rules (category × area → department)")
    @Get
    List<RuleView> list(@Nullable @QueryValue @Pattern(regexp = "[0-9]{2}|[0-9]{4}") String category) {
        return manageRules.list(category).stream().map(RuleView::of).toList();
    }

    @Operation(operationId = "getRoutingRule", summary = "A routing rule")
    @Get("/{id}")
    RuleView get(@PathVariable UUID id) {
        return RuleView.of(manageRules.get(id));
    }

    @Operation(operationId = "createRoutingRule", summary = "Create a routing rule")
    @Post
    HttpResponse<RuleView> create(@Body @Valid RuleRequest request, Authentication authentication, HttpRequest<?> http) {
        Caller caller = Caller.of(authentication);
        requireExisting(manageRules.admissibleArea(caller, UUID.randomUUID(), request.draft()), http);
        return HttpResponse.created(RuleView.of(manageRules.create(caller, request.draft())));
    }

    @Operation(operationId = "replaceRoutingRule", summary = "Replace a routing rule")
    @Put("/{id}")
    RuleView replace(@PathVariable UUID id, @Body @Valid RuleRequest request, Authentication authentication,
                     HttpRequest<?> http) {
        Caller caller = Caller.of(authentication);
        manageRules.get(id);
        requireExisting(manageRules.admissibleArea(caller, id, request.draft()), http);
        return RuleView.of(manageRules.update(caller, id, request.draft()));
    }

    /** A rule for an area the grid service does not know never matches a case: refused, naming area.code. */
    private void requireExisting(Area area, HttpRequest<?> http) {
        String bearer = KnownAreas.bearerOf(http);
        switch (area.level()) {
            case CITY -> { }
            case GRID -> knownAreas.requireGrid("area.code", area.code(), bearer);
            default -> knownAreas.requireArea("area.code", area.code(), area.level().name().toLowerCase(Locale.ROOT), bearer);
        }
    }

    @Operation(operationId = "deleteRoutingRule", summary = "Delete a routing rule")
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Authentication authentication) {
        manageRules.delete(Caller.of(authentication), id);
    }
}
