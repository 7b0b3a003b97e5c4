package org.gridgov.registry.app;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.PoisonMessage;
import org.gridgov.registry.domain.KpiReading;

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

    public void receive(KpiReading reading) {
        sites.record(reading).orElseThrow(() -> new PoisonMessage("unknown showcase site '" + reading.siteId() + "'"));
    }
}
