package org.gridgov.routing.messaging;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.OutboxTable;

/** Registers routing's outbox with the platform's relay. */
@Factory
class RoutingMessaging {

    @Singleton
    OutboxTable routingOutbox() {
        return new OutboxTable("routing");
    }
}
