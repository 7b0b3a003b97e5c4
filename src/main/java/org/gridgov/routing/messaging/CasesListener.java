package org.gridgov.routing.messaging;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.routing.app.FollowCases;

/** Case lifecycle events from dispatch: returns to reroute, and which cases are still open. */
// its own group, so that rebalancing one subscription does not pause the other
@KafkaListener(groupId = "routing-cases", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "2s"))
class CasesListener {

    private final Inbox inbox;
    private final FollowCases followCases;

    CasesListener(Inbox inbox, FollowCases followCases) {
        this.inbox = inbox;
        this.followCases = followCases;
    }

    @Topic(Topics.CASES)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, FollowCases.CONSUMER, "routing", CaseEventV1.class, followCases::follow);
    }
}
