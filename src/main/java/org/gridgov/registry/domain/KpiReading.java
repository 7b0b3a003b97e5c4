package org.gridgov.registry.domain;

import java.time.Instant;
import java.util.Objects;

/** One figure a showcase site reported: a metric's value for a period, measured at a time. */
public record KpiReading(String siteId, String metric, double value, String unit, String period, Instant measuredAt) {
    public KpiReading {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(measuredAt, "measuredAt");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a KPI value is a finite number");
        }
    }
}
