package org.gridgov.intake.messaging;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.Outbox;
import org.gridgov.platform.messaging.ServiceOutbox;

/** Intake's outbox, table {@code intake.outbox}: every message intake publishes is appended here. */
@Singleton
public class IntakeOutbox extends ServiceOutbox {

    IntakeOutbox(Outbox outbox) {
        super("intake", outbox);
    }
}
