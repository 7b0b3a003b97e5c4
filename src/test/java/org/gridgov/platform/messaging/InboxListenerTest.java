package org.gridgov.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A record the inbox could not process because the database or the broker was away is delivered
 * again until they are back. Micronaut skips it once its retries are spent, so the retries must
 * outlast any outage an operator could sit through.
 */
class InboxListenerTest {

    @Test
    void aRecordIsRetriedInOrderForLongerThanAnyOutage() {
        ErrorStrategy strategy = InboxListener.class.getAnnotation(KafkaListener.class).errorStrategy();

        assertThat(strategy.value()).as("retry the same record, holding back the partition behind it")
                .isEqualTo(ErrorStrategyValue.RETRY_ON_ERROR);
        Duration delay = Duration.parse("PT" + strategy.retryDelay().toUpperCase());
        assertThat(delay).isBetween(Duration.ofMillis(500), Duration.ofSeconds(10));
        assertThat(delay.multipliedBy(strategy.retryCount())).as("time before Micronaut skips the record")
                .isGreaterThan(Duration.ofDays(365 * 10));
    }
}
