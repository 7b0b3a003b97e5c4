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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridgov.grid.app.AreaQueries;
import org.gridgov.grid.app.AssignWorker;
import org.gridgov.grid.domain.Employment;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridWorker;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.AccountOwnership;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;

/** Grid workers and their grids; a worker's token scope follows their grids (WorkerGridsAssigned). */
@Tag(name = "grid")
@DocumentedProblems
@Controller("/api/v1/workers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class WorkerController {

    private final AreaQueries queries;
    private final AssignWorker assignWorker;
    private final AccountOwnership accounts;

    WorkerController(AreaQueries queries, AssignWorker assignWorker, AccountOwnership accounts) {
        this.queries = queries;
        this.assignWorker = assignWorker;
        this.accounts = accounts;
    }

    /** A worker reads only themselves, a township its own workers (one grid in it is enough), an admin anyone. */
    @Operation(operationId = "getWorker", summary = "A grid worker with the grids they look after")
    @Get("/{id}")
    WorkerView get(String id, Authentication authentication) {
        requireId(id);
        Caller caller = Caller.of(authentication);
        if (!caller.is(Role.ADMIN, Role.TOWNSHIP) && !(caller.is(Role.WORKER) && caller.username().equals(id))) {
            throw Problem.forbidden("a worker reads only their own record");
        }
        WorkerView worker = queries.worker(id).map(WorkerView::of).orElseThrow(() -> Problem.notFound("no worker " + id));
        if (caller.is(Role.TOWNSHIP) && worker.grids().stream().noneMatch(grid -> caller.scope().stream().anyMatch(grid::startsWith))) {
            throw Problem.forbidden("worker " + id + " has no grid in your township");
        }
        return worker;
    }

    @Operation(operationId = "putWorker", summary = "Create or change a grid worker")
    @Put("/{id}")
    @Secured({"ADMIN", "TOWNSHIP"})
    WorkerView put(String id, @Valid @Body WorkerRequest request, Authentication authentication) {
        requireId(id);
        Caller caller = Caller.of(authentication);
        requireOwnWorker(caller, id);
        GridWorker wanted = new GridWorker(id, request.name().trim(), Employment.parse(request.employment()).orElseThrow(),
                request.grids().stream().map(GridCode::new).toList());
        return WorkerView.of(assignWorker.put(wanted, caller));
    }

    /**
     * A worker record decides the worker account's token scope, so a township writes only its own
     * workers' records, or one for a name no account has (a worker it creates). A record or account
     * without grids cannot be told to be anyone's: an administrator assigns it.
     */
    private void requireOwnWorker(Caller caller, String id) {
        if (!caller.is(Role.TOWNSHIP)) {
            return;
        }
        String township = caller.scope().stream().findFirst().orElse("");
        boolean recordIsOwn = queries.worker(id).map(worker -> !worker.grids().isEmpty()
                && worker.grids().stream().allMatch(grid -> grid.townshipCode().equals(township))).orElse(true);
        if (!recordIsOwn || !accounts.townshipMayAssign(id, township)) {
            throw Problem.forbidden("worker " + id + " is not a worker of township " + township
                    + "; only an administrator may assign them");
        }
    }

    /** A worker's id is their username, under the same rule as the user directory's (no '/', no "..", no spaces). */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9._-]{2,63}$");

    private static void requireId(String id) {
        if (id == null || !USERNAME.matcher(id).matches() || id.contains("..")) {
            throw Problem.badRequest("id", "a username: 3 to 64 letters, digits, '.', '_' or '-', not starting with '.'");
        }
    }
}
