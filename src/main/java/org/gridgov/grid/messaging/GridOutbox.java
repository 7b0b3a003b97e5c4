package org.gridgov.grid.messaging;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.Outbox;
import org.gridgov.platform.messaging.ServiceOutbox;

/** Grid's outbox, table {@code grid.outbox}: every message grid publishes is appended here. */
@Singleton
public class GridOutbox extends ServiceOutbox {

    GridOutbox(Outbox outbox) {
        super("grid", outbox);
    }
}
