package org.gridgov.intake.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gridgov.intake.domain.Categories;
import org.gridgov.intake.domain.Category;
import org.gridgov.platform.problem.DocumentedProblems;

/**
 * The event categories a report may carry, in the table's order (major class, then minor), with
 * their Chinese names: what the phone's category picker offers and caches for offline use.
 */
@Tag(name = "intake")
@DocumentedProblems
@Controller("/api/v1/categories")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CategoriesController {

    @Serdeable
    record CategoryView(String code, String major, String name, boolean urgent) {
    }

    @Serdeable
    record CategoriesView(List<CategoryView> categories) {
    }

    private final CategoriesView view;

    CategoriesController(Categories categories) {
        this.view = new CategoriesView(categories.all().stream().map(CategoriesController::view).toList());
    }

    @Operation(operationId = "listCategories", summary = "Event categories with their time limits")
    @Get
    CategoriesView all() {
        return view;
    }

    private static CategoryView view(Category c) {
        return new CategoryView(c.code(), c.major(), c.name(), c.urgent());
    }
}
