package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** {@code nominator}: a district code (370303) or a task group's code (e.g. {@code tg-health}) or a city department's code ({@code CGJ}). */
@Serdeable
public record NominationRequest(
        @NotNull UUID measureId,
        @NotNull @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9-]{1,31}$") String nominator,
        @NotNull @Pattern(regexp = "^(district|task-group)$") String nominatorKind,
        @NotBlank @Size(max = 4000) String evidence) {
}
