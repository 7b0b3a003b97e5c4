package org.gridgov.dashboard.messaging;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.OutboxTable;

/** Registers the dashboard's outbox (KpiMeasured) with the platform's relay. */
@Factory
class DashboardMessaging {

    @Singleton
    OutboxTable outbox() {
        return new OutboxTable("dashboard");
    }
}
