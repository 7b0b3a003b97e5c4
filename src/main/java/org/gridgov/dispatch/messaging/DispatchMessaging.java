package org.gridgov.dispatch.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.OutboxTable;

/** Registers dispatch's outbox with the platform relay. */
@Factory
class DispatchMessaging {

    @Singleton
    @Requires(property = "gridgov.roles.dispatch", notEquals = "false")
    OutboxTable outbox() {
        return new OutboxTable("dispatch");
    }
}
