package org.gridgov.routing.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.routing.app.FollowCases;

/**
 * Case lifecycle events from dispatch: returns to reroute, and which cases are still open; a poll at
 * a time, in one transaction, each case's events in their order.
 */
// its own group, so that rebalancing one subscription does not pause the other
@InboxListener(value = "routing-cases", batch = true)
class CasesListener {

    private final RoutingInbox inbox;
    private final FollowCases followCases;

    CasesListener(RoutingInbox inbox, FollowCases followCases) {
        this.inbox = inbox;
        this.followCases = followCases;
    }

    @Topic(Topics.CASES)
    void receive(ConsumerRecords<String, String> records) {
        inbox.processInOrderBatch(records, FollowCases.CONSUMER, CaseEventV1.class, CaseEventV1::caseId, CaseEventV1::numbered,
                followCases::follow);
    }
}
