package org.gridgov.platform.messaging;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.env.Environment;
import io.micronaut.core.naming.conventions.StringConvention;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings of the Kafka clients the platform makes itself (the outbox relay's producer, the
 * topic provisioner's admin client, replay consumers), taken from Micronaut's {@code kafka.*}
 * configuration exactly as its listeners take theirs: {@code kafka.*} for every client (bootstrap
 * servers, {@code security.protocol}, {@code sasl.*}, {@code ssl.*}), then
 * {@code kafka.producers.default.*} or {@code kafka.consumers.default.*}. So a TLS or SASL setting
 * given once reaches every client.
 */
@Singleton
public class KafkaClientSettings {

    private final KafkaDefaultConfiguration common;
    private final Environment environment;

    public KafkaClientSettings(KafkaDefaultConfiguration common, Environment environment) {
        this.common = common;
        this.environment = environment;
    }

    public Map<String, Object> producer() {
        return merged("kafka.producers.default");
    }

    public Map<String, Object> consumer() {
        return merged("kafka.consumers.default");
    }

    /** The common settings only: an admin client has no section of its own in Micronaut's configuration. */
    public Map<String, Object> admin() {
        return merged(null);
    }

    private Map<String, Object> merged(String section) {
        Map<String, Object> config = new HashMap<>();
        common.getConfig().forEach((key, value) -> {
            // the sections of particular clients are not settings of every client
            String name = key.toString();
            if (!name.startsWith("producers.") && !name.startsWith("consumers.") && !name.startsWith("streams.")
                    && !name.startsWith("health.")) {
                config.put(name, value);
            }
        });
        if (section != null) {
            config.putAll(environment.getProperties(section, StringConvention.RAW));
        }
        return config;
    }
}
