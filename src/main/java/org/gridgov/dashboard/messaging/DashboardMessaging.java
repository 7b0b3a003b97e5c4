package org.gridgov.dashboard.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.OutboxTable;

/** Registers the dashboard's outbox (KpiMeasured) with the platform's relay. */
@Factory
class DashboardMessaging {

    @Singleton
    @Requires(property = "gridgov.roles.dashboard", notEquals = "false")
    OutboxTable outbox() {
        return new OutboxTable("dashboard");
    }
}
