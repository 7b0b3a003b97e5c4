package org.gridgov.registry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A district's month: ledger tasks, how many are done, and the notices issued (三单一书). */
@Serdeable
public record SupervisionRequest(
        @NotNull @Min(0) @Max(10000) Integer ledgerTasks,
        @NotNull @Min(0) @Max(10000) Integer tasksCompleted,
        @Nullable @Min(0) @Max(1000) Integer prompts,
        @Nullable @Min(0) @Max(1000) Integer assignments,
        @Nullable @Min(0) @Max(1000) Integer urgings,
        @Nullable @Min(0) @Max(1000) Integer orders) {
}
