package org.gridgov.grid.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One result per point, in the order asked; {@code located} is null for a point that lies in no
 * grid cell (what the single locate answers with 404).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LocateManyView(List<Result> results) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Result(int index, @Nullable LocateView located) {
    }
}
