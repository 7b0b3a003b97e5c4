package org.gridgov.platform.messaging;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;

/** {@code kafka-consumers} in {@code /health}: DOWN while a consumer of this process fails to poll. */
@Singleton
class KafkaConsumersHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final ConsumerTrouble trouble;

    KafkaConsumersHealth(ConsumerTrouble trouble) {
        this.trouble = trouble;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        boolean failing = trouble.anyFailing();
        healthStatus = failing ? HealthStatus.DOWN : HealthStatus.UP;
        return Map.of("polling", !failing);
    }

    @Override
    protected String getName() {
        return "kafka-consumers";
    }
}
