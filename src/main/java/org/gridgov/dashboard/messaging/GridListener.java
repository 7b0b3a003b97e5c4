package org.gridgov.dashboard.messaging;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.Topics;

@KafkaListener(groupId = DashboardConsumers.GRID_CONSUMER, offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC)
class GridListener {

    private final DashboardConsumers consumers;

    GridListener(DashboardConsumers consumers) {
        this.consumers = consumers;
    }

    @Topic(Topics.GRID)
    void receive(ConsumerRecord<String, String> record) {
        consumers.gridEvent(record);
    }
}
