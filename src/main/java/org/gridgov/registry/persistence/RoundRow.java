package org.gridgov.registry.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** {@code list}: the current list's nomination ids, in rank order. */
@MappedEntity(value = "round", schema = "registry")
public record RoundRow(
        @Id String code,
        String stage,
        int quota,
        @TypeDef(type = DataType.STRING_ARRAY) String[] list,
        Instant openedAt) {
}
