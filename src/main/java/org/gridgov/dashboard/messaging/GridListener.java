package org.gridgov.dashboard.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;

@InboxListener(DashboardConsumers.GRID_CONSUMER)
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
