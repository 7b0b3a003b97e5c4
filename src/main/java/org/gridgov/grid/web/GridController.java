package org.gridgov.grid.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridgov.grid.app.AreaQueries;
import org.gridgov.grid.app.GridChanges;
import org.gridgov.grid.app.GridWrites;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridDraft;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Grid cells as GeoJSON: list by area, get, create or replace, import, retire. */
@Tag(name = "grid")
@DocumentedProblems
@Controller("/api/v1/grids")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GridController {

    private static final Logger LOG = LoggerFactory.getLogger(GridController.class);
    private static final int MAX_FEATURES = 250_000;
    private static final int PROGRESS_EVERY = 1_000;

    private final AreaQueries queries;
    private final GridWrites writes;

    GridController(AreaQueries queries, GridWrites writes) {
        this.queries = queries;
        this.writes = writes;
    }

    @Operation(operationId = "listGrids", summary = "Grid cells of a township or community")
    @Get("{?township,community}")
    Map<String, Object> list(@Nullable @QueryValue String township, @Nullable @QueryValue String community) {
        if (township != null) {
            requireDigits("township", township, 9);
            return GridFeatures.collection(queries.gridsOfTownship(township));
        }
        if (community != null) {
            requireDigits("community", community, 12);
            return GridFeatures.collection(queries.gridsOfCommunity(community));
        }
        throw Problem.badRequest("township", "give township (9 digits) or community (12 digits)");
    }

    @Operation(operationId = "getGrid", summary = "A grid cell with its outline and workers")
    @Get("/{code}")
    Map<String, Object> get(String code) {
        requireDigits("code", code, 15);
        return queries.grid(code).map(GridFeatures::write).orElseThrow(() -> Problem.notFound("no grid " + code));
    }

    @Operation(operationId = "putGrid", summary = "Create or change a grid cell")
    @Put("/{code}")
    @Secured({"ADMIN", "TOWNSHIP"})
    Map<String, Object> put(String code, @Body Map<String, Object> feature, Authentication authentication) {
        requireDigits("code", code, 15);
        GridDraft draft = GridFeatures.read(0, code, feature);
        if (draft.cell() == null) {
            String reason = draft.unreadable();
            int colon = reason.indexOf(':');
            String field = colon > 0 && !reason.startsWith("invalid") && !reason.startsWith("coordinates")
                    ? reason.substring(0, colon) : "geometry";
            throw Problem.unprocessable(field, reason);
        }
        return GridFeatures.write(writes.put(draft, Caller.of(authentication)));
    }

    /** Streams the FeatureCollection: each feature becomes a draft as it is read. */
    @Operation(operationId = "importGrids", summary = "Import grid cells from GeoJSON")
    @Post(value = "/import{?allOrNothing}", consumes = MediaType.APPLICATION_JSON)
    @Secured({"ADMIN", "TOWNSHIP"})
    HttpResponse<GridImportView> importAll(@Body InputStream body, @Nullable @QueryValue String allOrNothing,
                                           Authentication authentication) {
        boolean atomic = strictBoolean("allOrNothing", allOrNothing, true);
        List<GridDraft> drafts = new ArrayList<>();
        try {
            FeatureStream.read(body, MAX_FEATURES, (feature, index) -> {
                drafts.add(GridFeatures.read(index, null, feature));
                if ((index + 1) % PROGRESS_EVERY == 0) {
                    LOG.info("grid import: {} features read", index + 1);
                }
            });
        } catch (IllegalArgumentException | IOException e) {
            throw Problem.badRequest("body", e.getMessage());
        }
        GridChanges changes = writes.importAll(drafts, atomic, Caller.of(authentication));
        GridImportView view = GridImportView.of(changes);
        return changes.written() ? HttpResponse.ok(view)
                : HttpResponse.<GridImportView>status(HttpStatus.UNPROCESSABLE_ENTITY).body(view);
    }

    /** A flag is {@code true} or {@code false}: "maybe", "yes" or "1" are refused, not read as false. */
    private static boolean strictBoolean(String field, String value, boolean absent) {
        if (value == null) {
            return absent;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problem.badRequest(field, "must be true or false");
        };
    }

    @Operation(operationId = "retireGrid", summary = "Retire a grid cell")
    @Delete("/{code}")
    @Secured({"ADMIN", "TOWNSHIP"})
    HttpResponse<Void> retire(String code, Authentication authentication) {
        requireDigits("code", code, 15);
        writes.retire(new GridCode(code), Caller.of(authentication));
        return HttpResponse.noContent();
    }

    static void requireDigits(String field, String value, int length) {
        if (value == null || value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw Problem.badRequest(field, "must be " + length + " digits");
        }
    }
}
