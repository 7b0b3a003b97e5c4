package org.gridgov.registry.messaging;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.registry.app.ReceiveKpi;

/** Showcase figures from the dashboard: deserialise, skip what was processed, hand over. */
@KafkaListener(groupId = "registry", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "2s"))
class KpiListener {

    private final Inbox inbox;
    private final ReceiveKpi receiveKpi;

    KpiListener(Inbox inbox, ReceiveKpi receiveKpi) {
        this.inbox = inbox;
        this.receiveKpi = receiveKpi;
    }

    @Topic(Topics.KPI)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "registry", "registry", KpiMeasuredV1.class, receiveKpi::receive);
    }
}
