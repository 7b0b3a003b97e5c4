package org.gridgov.grid.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record ResponsibleRequest(@NotBlank @Size(max = 100) String name) {}
