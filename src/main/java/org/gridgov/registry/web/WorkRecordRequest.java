package org.gridgov.registry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A "六个一" record: which activity, whom or what it concerns, when, and what was done or said. */
@Serdeable
public record WorkRecordRequest(
        @NotBlank @Size(max = 16) String activity,
        @Nullable @Size(max = 16) String noticeKind,
        @Nullable @Pattern(regexp = "^\\d{6}$") String district,
        @Nullable UUID measureId,
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 4000) String summary,
        @NotNull LocalDate heldOn) {
}
