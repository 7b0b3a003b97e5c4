package org.gridgov.dispatch.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.dispatch.app.HandleRoutingDecision;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;

/** Reads routing's decisions; the inbox deduplicates, validates and dead-letters. */
@InboxListener("dispatch")
class RoutingListener {

    private final DispatchInbox inbox;
    private final HandleRoutingDecision handler;

    RoutingListener(DispatchInbox inbox, HandleRoutingDecision handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Topic(Topics.ROUTING)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "dispatch", RoutingDecisionV1.class, handler::handle);
    }
}
