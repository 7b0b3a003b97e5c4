package org.gridgov.registry.messaging;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.ServiceInbox;

/** Registry's inbox, table {@code registry.processed_message}: registry's listeners hand every record to it. */
@Singleton
class RegistryInbox extends ServiceInbox {

    RegistryInbox(Inbox inbox) {
        super("registry", inbox);
    }
}
