package org.gridgov.dispatch.messaging;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.Outbox;
import org.gridgov.platform.messaging.ServiceOutbox;

/** Dispatch's outbox, table {@code dispatch.outbox}: every message dispatch publishes is appended here. */
@Singleton
public class DispatchOutbox extends ServiceOutbox {

    DispatchOutbox(Outbox outbox) {
        super("dispatch", outbox);
    }
}
