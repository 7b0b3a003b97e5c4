package org.gridgov.grid.app;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.gridgov.grid.domain.GridIndex;

@Factory
class GridIndexFactory {

    @Singleton
    GridIndex gridIndex() {
        return new GridIndex();
    }
}
