package org.gridgov.grid.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import jakarta.validation.Valid;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.grid.app.AreaQueries;
import org.gridgov.grid.app.ImportDivisions;
import org.gridgov.grid.app.NameResponsible;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.AreaLevel;
import org.gridgov.grid.domain.GeoJson;
import org.gridgov.grid.domain.GridShape;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.Caller;

/** The area tree: city → district → township → community, and divisions imports. */
@Tag(name = "grid")
@DocumentedProblems
@Controller("/api/v1/areas")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AreaController {

    private static final int MAX_CSV_CHARS = 20_000_000;

    private final AreaQueries queries;
    private final ImportDivisions importDivisions;
    private final NameResponsible nameResponsible;

    AreaController(AreaQueries queries, ImportDivisions importDivisions, NameResponsible nameResponsible) {
        this.queries = queries;
        this.importDivisions = importDivisions;
        this.nameResponsible = nameResponsible;
    }

    @Operation(operationId = "getArea", summary = "An area (city, district, township or community) by division code")
    @Get("/{code}")
    AreaView get(String code) {
        requireAreaCode("code", code);
        Area area = queries.area(code).orElseThrow(() -> Problem.notFound("no area " + code));
        return AreaView.withChildren(area, queries.children(code, null));
    }

    /** The outline of a township or community: the union of its grids, as a GeoJSON Feature. */
    @Operation(operationId = "areaOutline", summary = "An area's outline as GeoJSON")
    @Get("/{code}/outline")
    Map<String, Object> outline(String code) {
        requireAreaCode("code", code);
        Area area = queries.area(code).orElseThrow(() -> Problem.notFound("no area " + code));
        GridShape shape = queries.outline(area).orElseThrow(() -> Problem.notFound("area " + code + " has no grids"));
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", area.code());
        feature.put("geometry", GeoJson.write(shape.geometry()));
        feature.put("properties", Map.of("code", area.code(), "name", area.name(), "level", area.level().wireName()));
        return feature;
    }

    @Operation(operationId = "nameAreaResponsible", summary = "Name the responsible person of an area")
    @Put("/{code}/responsible")
    @Secured({"ADMIN", "TOWNSHIP"})
    AreaView nameResponsible(String code, @Valid @Body ResponsibleRequest request, Authentication authentication) {
        requireAreaCode("code", code);
        return AreaView.of(nameResponsible.name(code, request.name().trim(), Caller.of(authentication)));
    }

    @Operation(operationId = "listAreas", summary = "Areas by parent or level")
    @Get("{?parent,level}")
    List<AreaView> list(@Nullable @QueryValue String parent, @Nullable @QueryValue String level) {
        if (parent == null && level == null) {
            throw Problem.badRequest("parent", "give parent (an area code) or level");
        }
        if (parent != null) {
            requireAreaCode("parent", parent);
        }
        if (level != null && AreaLevel.parse(level).isEmpty()) {
            throw Problem.badRequest("level", "one of province, city, district, township, community");
        }
        String wireLevel = level == null ? null : AreaLevel.parse(level).get().wireName();
        return queries.children(parent, wireLevel).stream().map(AreaView::of).toList();
    }

    @Operation(operationId = "importAreas", summary = "Import areas from the national division CSV")
    @Post(value = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN})
    @Secured("ADMIN")
    DivisionsImportView importCsv(@Body String csv) {
        if (csv == null || csv.isBlank()) {
            throw Problem.badRequest("file", "the CSV body is empty");
        }
        if (csv.length() > MAX_CSV_CHARS) {
            throw Problem.badRequest("file", "at most " + MAX_CSV_CHARS + " characters");
        }
        return DivisionsImportView.of(importDivisions.importCsv(new StringReader(csv)));
    }

    private static void requireAreaCode(String field, String code) {
        boolean digits = code != null && code.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || (code.length() != 6 && code.length() != 9 && code.length() != 12)) {
            throw Problem.badRequest(field, "an area code has 6, 9 or 12 digits");
        }
    }
}
