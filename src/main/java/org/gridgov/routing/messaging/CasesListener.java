package org.gridgov.routing.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.routing.app.FollowCases;

/** Case lifecycle events from dispatch: returns to reroute, and which cases are still open. */
// its own group, so that rebalancing one subscription does not pause the other
@InboxListener("routing-cases")
class CasesListener {

    private final RoutingInbox inbox;
    private final FollowCases followCases;

    CasesListener(RoutingInbox inbox, FollowCases followCases) {
        this.inbox = inbox;
        this.followCases = followCases;
    }

    @Topic(Topics.CASES)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, FollowCases.CONSUMER, CaseEventV1.class, event -> inbox.applyInOrder(FollowCases.CONSUMER,
                event.caseId(), event.numbered(), event, CaseEventV1.class, followCases::follow));
    }
}
