package org.gridgov.intake.messaging;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.OutboxTable;

/** Registers intake's outbox with the platform's relay. */
@Factory
class IntakeMessaging {

    @Singleton
    OutboxTable intakeOutbox() {
        return new OutboxTable("intake");
    }
}
