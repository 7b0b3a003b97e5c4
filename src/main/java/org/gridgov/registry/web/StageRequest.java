package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

@Serdeable
public record StageRequest(
        @NotNull @Pattern(regexp = "^(nominating|mutual-evaluation|public-voting|consultation-1-up|consultation-1-down|consultation-2-up|final|published)$")
        String stage) {
}
