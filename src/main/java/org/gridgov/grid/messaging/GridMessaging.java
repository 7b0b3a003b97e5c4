package org.gridgov.grid.messaging;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.OutboxTable;

/** Registers the grid outbox with the platform relay. */
@Factory
class GridMessaging {

    static final String SCHEMA = "grid.v1.schema.json";

    @Singleton
    OutboxTable gridOutbox() {
        return new OutboxTable("grid");
    }
}
