package org.gridgov.dashboard.messaging;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.Outbox;
import org.gridgov.platform.messaging.ServiceOutbox;

/** Dashboard's outbox, table {@code dashboard.outbox}: every message dashboard publishes is appended here. */
@Singleton
public class DashboardOutbox extends ServiceOutbox {

    DashboardOutbox(Outbox outbox) {
        super("dashboard", outbox);
    }
}
