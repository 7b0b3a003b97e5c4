package org.gridgov.routing.web;

import io.micronaut.core.annotation.Nullable;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.gridgov.platform.security.Caller;
import org.gridgov.routing.app.ManageRules;

/** Routing rules: which department handles which category where. */
@Controller("/api/v1/routing/rules")
@Secured({"ADMIN", "TOWNSHIP"})
@ExecuteOn(TaskExecutors.BLOCKING)
class RuleController {

    private final ManageRules manageRules;

    RuleController(ManageRules manageRules) {
        this.manageRules = manageRules;
    }

    @Get
    List<RuleView> list(@Nullable @QueryValue @Pattern(regexp = "[0-9]{2}|[0-9]{4}") String category) {
        return manageRules.list(category).stream().map(RuleView::of).toList();
    }

    @Get("/{id}")
    RuleView get(@PathVariable UUID id) {
        return RuleView.of(manageRules.get(id));
    }

    @Post
    HttpResponse<RuleView> create(@Body @Valid RuleRequest request, Authentication authentication) {
        return HttpResponse.created(RuleView.of(manageRules.create(Caller.of(authentication), request.draft())));
    }

    @Put("/{id}")
    RuleView replace(@PathVariable UUID id, @Body @Valid RuleRequest request, Authentication authentication) {
        return RuleView.of(manageRules.update(Caller.of(authentication), id, request.draft()));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Authentication authentication) {
        manageRules.delete(Caller.of(authentication), id);
    }
}
