package org.gridgov.routing.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity(value = "seeded_category", schema = "routing")
public record SeededCategoryRow(@Id String code, Instant seededAt) {
}
