package org.gridgov.dashboard.messaging;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A message of {@code gridgov.kpi.v1} (schema/kafka/kpi.v1.schema.json), key: siteId. */
@Serdeable
public record KpiMeasuredV1(
        UUID eventId,
        String type,
        Instant occurredAt,
        int schemaVersion,
        String siteId,
        String metric,
        double value,
        String unit,
        String period,
        Instant measuredAt) {

    public static KpiMeasuredV1 of(String siteId, String metric, double value, String unit, String period, Instant at) {
        return new KpiMeasuredV1(UUID.randomUUID(), "KpiMeasured", at, 1, siteId, metric, value, unit, period, at);
    }
}
