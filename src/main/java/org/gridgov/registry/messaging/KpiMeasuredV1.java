package org.gridgov.registry.messaging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.gridgov.platform.messaging.PoisonMessage;
import org.gridgov.registry.domain.KpiReading;

/** {@code KpiMeasured} on {@code gridgov.kpi.v1} (schema/kafka/kpi.v1.schema.json), key: site id. */
@Serdeable
public record KpiMeasuredV1(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = "^KpiMeasured$") String type,
        @NotNull Instant occurredAt,
        @NotNull @Min(1) @Max(1) Integer schemaVersion,
        @NotBlank @Size(max = 64) String siteId,
        @NotNull @Pattern(regexp = "^[a-z][a-z0-9_]{0,63}$") String metric,
        @NotNull Double value,
        @Nullable String unit,
        @NotNull @Size(min = 4, max = 64) String period,
        @NotNull Instant measuredAt) {

    /** The figure in the register's terms; a value that is no finite number can never be stored. */
    public KpiReading toReading() {
        if (!Double.isFinite(value)) {
            throw new PoisonMessage("KPI value is not a finite number");
        }
        return new KpiReading(siteId, metric, value, unit, period, measuredAt);
    }
}
