package org.gridgov.registry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

@Serdeable
public record SiteRequest(
        @NotNull @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,63}$") String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "^(star|point)$") String kind,
        @NotNull UUID measureId,
        @Nullable @DecimalMin("-90") @DecimalMax("90") Double lat,
        @Nullable @DecimalMin("-180") @DecimalMax("180") Double lon,
        @Nullable @Size(max = 200) String address,
        @Nullable @Size(max = 4000) String description) {
}
