package org.gridgov.registry.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.UUID;

@MappedEntity(value = "measure", schema = "registry")
public record MeasureRow(
        @Id UUID id,
        String title,
        String summary,
        @TypeDef(type = DataType.STRING_ARRAY) String[] domains,
        String leadUnit,
        String district,
        boolean informatizationDriven,
        boolean institutionalInnovation,
        @Nullable String originRound,
        String status,
        Instant createdAt,
        @TypeDef(type = DataType.STRING_ARRAY) String[] demoAssumptions) {
}
