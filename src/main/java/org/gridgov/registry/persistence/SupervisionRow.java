package org.gridgov.registry.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** {@code month} is written {@code 2018-12}. */
@MappedEntity(value = "supervision", schema = "registry")
public record SupervisionRow(
        @Id @GeneratedValue @Nullable Long id,
        String district,
        String month,
        int ledgerTasks,
        int tasksCompleted,
        int prompts,
        int assignments,
        int urgings,
        int orders,
        Instant recordedAt) {
}
