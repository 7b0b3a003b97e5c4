package org.gridgov.intake.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.intake.app.TrackCase;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;

/** Case lifecycle events, for the reporters' view of their reports and the workers' verification tasks. */
@InboxListener("intake")
class CasesListener {

    private final IntakeInbox inbox;
    private final TrackCase trackCase;

    CasesListener(IntakeInbox inbox, TrackCase trackCase) {
        this.inbox = inbox;
        this.trackCase = trackCase;
    }

    @Topic(Topics.CASES)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "intake", CaseEventV1.class, event -> inbox.applyInOrder(TrackCase.CONSUMER,
                event.caseId(), event.numbered(), event, CaseEventV1.class, trackCase::apply));
    }
}
