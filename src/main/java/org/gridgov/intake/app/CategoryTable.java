package org.gridgov.intake.app;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.gridgov.intake.domain.Categories;

/** Loads the category table shipped in the jar ({@code reference/categories.csv}). */
@Factory
class CategoryTable {

    @Singleton
    Categories categories() {
        InputStream csv = CategoryTable.class.getResourceAsStream("/reference/categories.csv");
        if (csv == null) {
            throw new IllegalStateException("reference/categories.csv missing from the classpath");
        }
        return Categories.parse(new InputStreamReader(csv, StandardCharsets.UTF_8));
    }
}
