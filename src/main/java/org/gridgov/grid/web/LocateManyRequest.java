package org.gridgov.grid.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code POST /api/v1/locate}: the points to locate, each in its own coordinate system (default WGS-84). */
@Serdeable
public record LocateManyRequest(@Nullable List<Point> points) {

    @Serdeable
    public record Point(@Nullable Double lat, @Nullable Double lon, @Nullable String crs) {
    }
}
