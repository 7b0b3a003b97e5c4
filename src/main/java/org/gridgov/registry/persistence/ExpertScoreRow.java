package org.gridgov.registry.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity(value = "expert_score", schema = "registry")
public record ExpertScoreRow(
        @Id @GeneratedValue @Nullable Long id,
        int year,
        String panel,
        String expert,
        UUID measureId,
        short innovation,
        short voluntariness,
        short benefit,
        short importance,
        short economy,
        short transferability,
        Instant scoredAt) {
}
