package org.gridgov.grid.persistence;

import io.micronaut.core.annotation.Introspected;

/** A stored grid that a shape overlaps, and the overlap's area on the sphere. */
@Introspected
public record StoredOverlap(String code, double squareMetres) {
}
