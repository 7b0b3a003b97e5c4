package org.gridgov.grid.messaging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Any message on {@code gridgov.grid.v1} as read back by the index: the union of the three types. */
@Serdeable
public record GridEventV1(@NotNull UUID eventId, @NotBlank String type, @Nullable Instant occurredAt,
                          int schemaVersion, @Nullable String gridCode, @Nullable Map<String, Object> geometry,
                          @Nullable Long revision) {}
