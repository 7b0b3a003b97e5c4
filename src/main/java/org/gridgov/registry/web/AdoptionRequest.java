package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

@Serdeable
public record AdoptionRequest(@NotNull @Pattern(regexp = "^\\d{6}$") String district, @NotNull LocalDate adoptedOn) {
}
