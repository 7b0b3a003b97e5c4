package org.gridgov.dashboard.messaging;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.ServiceInbox;

/** Dashboard's inbox, table {@code dashboard.processed_message}: dashboard's listeners hand every record to it. */
@Singleton
class DashboardInbox extends ServiceInbox {

    DashboardInbox(Inbox inbox) {
        super("dashboard", inbox);
    }
}
