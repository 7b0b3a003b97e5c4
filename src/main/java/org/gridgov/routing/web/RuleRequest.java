package org.gridgov.routing.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.gridgov.routing.app.RuleDraft;

/** A rule to create or replace: category (code or major class) × area → target. */
@Serdeable
public record RuleRequest(
        @NotBlank @Pattern(regexp = "[0-9]{2}|[0-9]{4}", message = "must be a 4-digit category or a 2-digit major class")
        String category,
        @NotNull @Valid AreaRequest area,
        @NotNull @Valid TargetRequest target) {

    @Serdeable
    public record AreaRequest(
            @NotBlank @Pattern(regexp = "(?i)grid|community|township|district|city",
                    message = "must be grid, community, township, district or city") String level,
            @Pattern(regexp = "[0-9]{6,15}", message = "must be the area's division code") String code) {
    }

    @Serdeable
    public record TargetRequest(
            @NotBlank @Pattern(regexp = "(?i)city_department|township_unit|township_centre",
                    message = "must be city_department, township_unit or township_centre") String kind,
            @NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,40}", message = "must be a department or unit code") String code) {
    }

    RuleDraft draft() {
        return new RuleDraft(category, area.level(), area.code(), target.kind(), target.code());
    }
}
