package org.gridgov.platform.messaging;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * {@code kafka-consumers} in {@code /health}: DOWN while a consumer of this process fails to poll,
 * and for good once one met an address that is not a broker ({@code restartNeeded} says why).
 */
@Singleton
class KafkaConsumersHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final ConsumerTrouble trouble;

    KafkaConsumersHealth(ConsumerTrouble trouble) {
        this.trouble = trouble;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        boolean failing = trouble.anyFailing();
        Optional<String> restartNeeded = trouble.unrecoverable();
        healthStatus = failing || restartNeeded.isPresent() ? HealthStatus.DOWN : HealthStatus.UP;
        return restartNeeded.<Map<String, Object>>map(error -> Map.of("polling", !failing, "restartNeeded", error))
                .orElseGet(() -> Map.of("polling", !failing));
    }

    @Override
    protected String getName() {
        return "kafka-consumers";
    }
}
