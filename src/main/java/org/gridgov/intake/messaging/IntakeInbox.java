package org.gridgov.intake.messaging;

import jakarta.inject.Singleton;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.ServiceInbox;

/** Intake's inbox, table {@code intake.processed_message}: intake's listeners hand every record to it. */
@Singleton
class IntakeInbox extends ServiceInbox {

    IntakeInbox(Inbox inbox) {
        super("intake", inbox);
    }
}
