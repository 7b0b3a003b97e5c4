package org.gridgov.dispatch.messaging;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.OutboxTable;

/** Registers dispatch's outbox with the platform relay. */
@Factory
class DispatchMessaging {

    @Singleton
    OutboxTable outbox() {
        return new OutboxTable("dispatch");
    }
}
