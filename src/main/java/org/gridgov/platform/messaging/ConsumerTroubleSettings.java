package org.gridgov.platform.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The consumers' backoff, from {@code gridgov.kafka.consumer-backoff.*}. */
@Factory
class ConsumerTroubleSettings {

    @Singleton
    ConsumerTrouble consumerTrouble(@Value("${gridgov.kafka.consumer-backoff.initial:200ms}") Duration initial,
                                    @Value("${gridgov.kafka.consumer-backoff.max:10s}") Duration max,
                                    @Value("${gridgov.kafka.consumer-backoff.log-interval:30s}") Duration logInterval) {
        // the system clock, not the platform's Clock bean: tests move that one, and backoff is real waiting
        return new ConsumerTrouble(initial, max, logInterval, Clock.systemUTC());
    }
}
