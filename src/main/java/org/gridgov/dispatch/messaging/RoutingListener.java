package org.gridgov.dispatch.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.gridgov.dispatch.app.HandleRoutingDecision;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;

/**
 * Reads routing's decisions; the inbox deduplicates, validates and dead-letters. Decisions are keyed by
 * case, so each thread owns whole partitions and one case's decisions stay in order, in a poll too: a
 * poll's decisions are handled in one transaction, in order. With one thread and a transaction per
 * decision this listener was the first queue of the loop (report → work order) under load.
 */
@InboxListener(value = "dispatch", batch = true, threads = "${gridgov.dispatch.listener-threads:2}")
class RoutingListener {

    private final DispatchInbox inbox;
    private final HandleRoutingDecision handler;

    RoutingListener(DispatchInbox inbox, HandleRoutingDecision handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Topic(Topics.ROUTING)
    void receive(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, "dispatch", RoutingDecisionV1.class, decisions -> decisions.forEach(handler::handle));
    }
}
