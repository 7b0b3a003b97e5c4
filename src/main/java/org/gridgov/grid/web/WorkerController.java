package org.gridgov.grid.web;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import org.gridgov.grid.app.AreaQueries;
import org.gridgov.grid.app.AssignWorker;
import org.gridgov.grid.domain.Employment;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridWorker;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.Caller;

/** Grid workers and their grids; a worker's token scope follows their grids (WorkerGridsAssigned). */
@Controller("/api/v1/workers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class WorkerController {

    private final AreaQueries queries;
    private final AssignWorker assignWorker;

    WorkerController(AreaQueries queries, AssignWorker assignWorker) {
        this.queries = queries;
        this.assignWorker = assignWorker;
    }

    @Get("/{id}")
    WorkerView get(String id) {
        requireId(id);
        return queries.worker(id).map(WorkerView::of).orElseThrow(() -> Problem.notFound("no worker " + id));
    }

    @Put("/{id}")
    @Secured({"ADMIN", "TOWNSHIP"})
    WorkerView put(String id, @Valid @Body WorkerRequest request, Authentication authentication) {
        requireId(id);
        GridWorker wanted = new GridWorker(id, request.name().trim(), Employment.parse(request.employment()).orElseThrow(),
                request.grids().stream().map(GridCode::new).toList());
        return WorkerView.of(assignWorker.put(wanted, Caller.of(authentication)));
    }

    /** A worker's id is their username, under the same rule as the user directory's (no '/', no "..", no spaces). */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9._-]{2,63}$");

    private static void requireId(String id) {
        if (id == null || !USERNAME.matcher(id).matches() || id.contains("..")) {
            throw Problem.badRequest("id", "a username: 3 to 64 letters, digits, '.', '_' or '-', not starting with '.'");
        }
    }
}
