package org.gridgov.registry.app;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.PoisonMessage;
import org.gridgov.registry.domain.KpiReading;
import org.gridgov.registry.messaging.KpiMeasuredV1;

/**
 * Stores a figure that arrived on {@code gridgov.kpi.v1}. A figure for a site the register does not
 * know can never be stored, however often it is retried, so it goes straight to the DLQ.
 */
@Singleton
public class ReceiveKpi {

    private final ShowcaseSites sites;

    ReceiveKpi(ShowcaseSites sites) {
        this.sites = sites;
    }

    public void receive(KpiMeasuredV1 message) {
        if (!Double.isFinite(message.value())) {
            throw new PoisonMessage("KPI value is not a finite number");
        }
        KpiReading reading = new KpiReading(message.siteId(), message.metric(), message.value(), message.unit(),
                message.period(), message.measuredAt());
        sites.record(reading).orElseThrow(() -> new PoisonMessage("unknown showcase site '" + message.siteId() + "'"));
    }
}
