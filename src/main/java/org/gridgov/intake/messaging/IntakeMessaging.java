package org.gridgov.intake.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.OutboxTable;

/** Registers intake's outbox with the platform's relay. */
@Factory
class IntakeMessaging {

    @Singleton
    @Requires(property = "gridgov.roles.intake", notEquals = "false")
    OutboxTable intakeOutbox() {
        return new OutboxTable("intake");
    }
}
