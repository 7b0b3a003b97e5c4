package org.gridgov.grid.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.OutboxTable;

/** Registers the grid outbox with the platform relay. */
@Factory
class GridMessaging {

    static final String SCHEMA = "grid.v1.schema.json";

    @Singleton
    @Requires(property = "gridgov.roles.grid", notEquals = "false")
    OutboxTable gridOutbox() {
        return new OutboxTable("grid");
    }
}
