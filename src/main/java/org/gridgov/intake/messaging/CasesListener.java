package org.gridgov.intake.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.gridgov.intake.app.TrackCase;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;

/**
 * Case lifecycle events, for the reporters' view of their reports and the workers' verification
 * tasks; a poll at a time, in one transaction, each case's events in their order.
 */
@InboxListener(value = "intake", batch = true)
class CasesListener {

    private final IntakeInbox inbox;
    private final TrackCase trackCase;

    CasesListener(IntakeInbox inbox, TrackCase trackCase) {
        this.inbox = inbox;
        this.trackCase = trackCase;
    }

    @Topic(Topics.CASES)
    void receive(ConsumerRecords<String, String> records) {
        inbox.processInOrderBatch(records, TrackCase.CONSUMER, CaseEventV1.class, CaseEventV1::caseId, CaseEventV1::numbered,
                trackCase::apply);
    }
}
