package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code evaluator}: the scoring unit's code, a district code or a city department's code. */
@Serdeable
public record PeerScoreRequest(
        @NotNull @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9-]{1,31}$") String evaluator,
        @NotNull @Valid PointsRequest points) {
}
