package org.gridgov.platform.messaging;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The platform's own idempotent producer (outbox relay, dead letters). Its own type, so it never
 * competes with the producers Micronaut Kafka offers for injection. Its settings are Micronaut's
 * {@code kafka.*} and {@code kafka.producers.default.*} ({@link KafkaClientSettings}).
 */
@Singleton
public class KafkaPublisher {

    private final Producer<String, String> producer;

    public KafkaPublisher(KafkaClientSettings settings, @Value("${gridgov.kafka.max-block-ms:3000}") long maxBlockMs) {
        Map<String, Object> config = settings.producer();
        // what the outbox and the dead letters rely on, whatever the configuration says
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "gridgov-platform-" + UUID.randomUUID());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        // defaults that kafka.producers.default.* may change
        config.putIfAbsent(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMs);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        producer = new KafkaProducer<>(config);
    }

    public Future<RecordMetadata> send(String topic, String key, String value) {
        return producer.send(new ProducerRecord<>(topic, key, value));
    }

    public void flush() {
        producer.flush();
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
