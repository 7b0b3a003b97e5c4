package org.gridgov.routing.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

@MappedEntity(value = "rule", schema = "routing")
public record RuleRow(
        @Id UUID id,
        String category,
        String areaLevel,
        @Nullable String areaCode,
        String targetKind,
        String targetCode,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {
}
