package org.gridgov.routing.messaging;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.Outbox;
import org.gridgov.platform.messaging.ServiceOutbox;

/** Routing's outbox, table {@code routing.outbox}: every message routing publishes is appended here. */
@Singleton
public class RoutingOutbox extends ServiceOutbox {

    RoutingOutbox(Outbox outbox) {
        super("routing", outbox);
    }
}
