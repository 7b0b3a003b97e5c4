package org.gridgov.routing.messaging;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The three-in-one chain on the wire. */
@Serdeable
public record GridV1(
        @NotNull @Pattern(regexp = "[0-9]{15}") String gridCode,
        @NotNull @Pattern(regexp = "[0-9]{12}") String communityCode,
        @NotNull @Pattern(regexp = "[0-9]{9}") String townshipCode,
        @NotNull @Pattern(regexp = "[0-9]{6}") String districtCode) {
}
