package org.gridgov.routing.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.OutboxTable;

/** Registers routing's outbox with the platform's relay. */
@Factory
class RoutingMessaging {

    @Singleton
    @Requires(property = "gridgov.roles.routing", notEquals = "false")
    OutboxTable routingOutbox() {
        return new OutboxTable("routing");
    }
}
