package org.gridgov.dispatch.messaging;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.ServiceInbox;

/** Dispatch's inbox, table {@code dispatch.processed_message}: dispatch's listeners hand every record to it. */
@Singleton
class DispatchInbox extends ServiceInbox {

    DispatchInbox(Inbox inbox) {
        super("dispatch", inbox);
    }
}
