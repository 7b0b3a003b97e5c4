package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

@Serdeable
public record StatusRequest(@NotNull @Pattern(regexp = "^(nominated|selected|promoting|promoted|retired)$") String status) {
}
