package org.gridgov.dispatch.messaging;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.dispatch.app.HandleRoutingDecision;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.Topics;

/** Reads routing's decisions; the inbox deduplicates, validates and dead-letters. */
@KafkaListener(groupId = "dispatch", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "2s"))
class RoutingListener {

    private final Inbox inbox;
    private final HandleRoutingDecision handler;

    RoutingListener(Inbox inbox, HandleRoutingDecision handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Topic(Topics.ROUTING)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "dispatch", "dispatch", RoutingDecisionV1.class, handler::handle);
    }
}
