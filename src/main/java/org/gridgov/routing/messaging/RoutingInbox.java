package org.gridgov.routing.messaging;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.ServiceInbox;

/** Routing's inbox, table {@code routing.processed_message}: routing's listeners hand every record to it. */
@Singleton
class RoutingInbox extends ServiceInbox {

    RoutingInbox(Inbox inbox) {
        super("routing", inbox);
    }
}
