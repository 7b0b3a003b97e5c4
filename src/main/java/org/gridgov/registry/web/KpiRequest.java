package org.gridgov.registry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A figure for a site, the same fields as a {@code KpiMeasured} message on {@code gridgov.kpi.v1}. */
@Serdeable
public record KpiRequest(
        @NotNull @Pattern(regexp = "^[a-z][a-z0-9_]{0,63}$") String metric,
        @NotNull Double value,
        @Nullable @Size(max = 32) String unit,
        @NotNull @Size(min = 4, max = 64) String period,
        @NotNull Instant measuredAt) {
}
