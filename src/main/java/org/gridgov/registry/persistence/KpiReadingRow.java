package org.gridgov.registry.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity(value = "kpi_reading", schema = "registry")
public record KpiReadingRow(
        @Id @GeneratedValue @Nullable Long id,
        String siteId,
        String metric,
        double value,
        @Nullable String unit,
        String period,
        Instant measuredAt,
        Instant receivedAt) {
}
