package org.gridgov.grid.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.gridgov.grid.domain.GridIndex;

@Factory
class GridIndexFactory {

    @Singleton
    @Requires(property = "gridgov.roles.grid", notEquals = "false")
    GridIndex gridIndex() {
        return new GridIndex();
    }
}
