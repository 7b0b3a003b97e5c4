package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

@Serdeable
public record ExpertScoreRequest(
        @NotBlank @Size(max = 64) String panel,
        @NotBlank @Size(max = 64) String expert,
        @NotNull UUID measureId,
        @NotNull @Valid PointsRequest points) {
}
