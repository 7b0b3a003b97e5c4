package org.gridgov.registry.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** {@code bodies[i]} said {@code comments[i]}. */
@MappedEntity(value = "consultation_step", schema = "registry")
public record ConsultationStepRow(
        @Id @GeneratedValue @Nullable Long id,
        String roundCode,
        String stage,
        @TypeDef(type = DataType.STRING_ARRAY) String[] bodies,
        @TypeDef(type = DataType.STRING_ARRAY) String[] comments,
        @TypeDef(type = DataType.STRING_ARRAY) String[] listBefore,
        @TypeDef(type = DataType.STRING_ARRAY) String[] listAfter,
        Instant recordedAt) {
}
