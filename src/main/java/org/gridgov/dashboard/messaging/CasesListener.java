package org.gridgov.dashboard.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;

@InboxListener(value = DashboardConsumers.CASES_CONSUMER, batch = true)
class CasesListener {

    private final DashboardConsumers consumers;

    CasesListener(DashboardConsumers consumers) {
        this.consumers = consumers;
    }

    @Topic(Topics.CASES)
    void receive(ConsumerRecords<String, String> records) {
        consumers.caseEvents(records);
    }
}
