package org.gridgov.registry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Opens a round; {@code quota} defaults to {@code gridgov.registry.quota} (10). */
@Serdeable
public record RoundRequest(@NotNull @Pattern(regexp = "^\\d{4}H[12]$") String code, @Nullable @Min(1) @Max(100) Integer quota) {
}
