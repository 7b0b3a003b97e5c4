package org.gridgov.registry.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A district that took up a measure, and since when. */
public record Adoption(String district, LocalDate adoptedOn) {
    public Adoption {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(adoptedOn, "adoptedOn");
    }
}
