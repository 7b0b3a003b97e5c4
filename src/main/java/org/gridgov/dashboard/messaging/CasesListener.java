package org.gridgov.dashboard.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;

@InboxListener(DashboardConsumers.CASES_CONSUMER)
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
