package org.gridgov.dashboard.messaging;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.Topics;

@KafkaListener(groupId = DashboardConsumers.CASES_CONSUMER, offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC)
class CasesListener {

    private final DashboardConsumers consumers;

    CasesListener(DashboardConsumers consumers) {
        this.consumers = consumers;
    }

    @Topic(Topics.CASES)
    void receive(ConsumerRecord<String, String> record) {
        consumers.caseEvent(record);
    }
}
