package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

@Serdeable
public record MeasureRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String summary,
        @NotEmpty @Size(max = 5) Set<@NotNull @Pattern(regexp = "^[a-z][a-z-]{1,31}$") String> domains,
        @NotBlank @Size(max = 200) String leadUnit,
        @NotNull @Pattern(regexp = "^\\d{6}$") String district,
        @NotNull Boolean informatizationDriven,
        @NotNull Boolean institutionalInnovation) {
}
