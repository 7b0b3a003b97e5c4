package org.gridgov.registry.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.registry.app.ReceiveKpi;

/** Showcase figures from the dashboard: deserialise, skip what was processed, hand over. */
@InboxListener("registry")
class KpiListener {

    private final RegistryInbox inbox;
    private final ReceiveKpi receiveKpi;

    KpiListener(RegistryInbox inbox, ReceiveKpi receiveKpi) {
        this.inbox = inbox;
        this.receiveKpi = receiveKpi;
    }

    @Topic(Topics.KPI)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "registry", KpiMeasuredV1.class, message -> receiveKpi.receive(message.toReading()));
    }
}
