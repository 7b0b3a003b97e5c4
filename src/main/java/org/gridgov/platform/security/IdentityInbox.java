package org.gridgov.platform.security;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.ServiceInbox;

/** The platform's own inbox, table {@code platform.processed_message}, for the identity listener. */
@Singleton
class IdentityInbox extends ServiceInbox {

    IdentityInbox(Inbox inbox) {
        super("platform", inbox);
    }
}
