package org.gridgov.registry.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.UUID;

@MappedEntity(value = "showcase_site", schema = "registry")
public record ShowcaseSiteRow(
        @Id String id,
        String name,
        String kind,
        UUID measureId,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable String address,
        @Nullable String description,
        Instant createdAt,
        @TypeDef(type = DataType.STRING_ARRAY) String[] demoAssumptions) {
}
