package org.gridgov.registry.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A "六个一" record; {@code month} is written {@code 2018-12}. */
@MappedEntity(value = "work_record", schema = "registry")
public record WorkRecordRow(
        @Id UUID id,
        String month,
        String activity,
        @Nullable String noticeKind,
        @Nullable String district,
        @Nullable UUID measureId,
        String title,
        String summary,
        LocalDate heldOn,
        Instant recordedAt) {
}
