package org.gridgov.registry.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity(value = "measure_adoption", schema = "registry")
public record AdoptionRow(@Id @GeneratedValue @Nullable Long id, UUID measureId, String district, LocalDate adoptedOn) {
}
