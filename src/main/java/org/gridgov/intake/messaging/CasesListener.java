package org.gridgov.intake.messaging;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.intake.app.TrackCase;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.Topics;

/** Case lifecycle events, for the reporters' view of their reports and the workers' verification tasks. */
@KafkaListener(groupId = "intake", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "2s"))
class CasesListener {

    private final Inbox inbox;
    private final TrackCase trackCase;

    CasesListener(Inbox inbox, TrackCase trackCase) {
        this.inbox = inbox;
        this.trackCase = trackCase;
    }

    @Topic(Topics.CASES)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "intake", "intake", CaseEventV1.class, trackCase::apply);
    }
}
