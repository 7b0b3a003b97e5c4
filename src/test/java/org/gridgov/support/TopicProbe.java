package org.gridgov.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the moment it is opened, so a test can wait for the message its action caused.
 * Independent of the application's consumers (no group, manual assignment).
 */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicProbe(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    public static TopicProbe open(String bootstrap, String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the start now, not at the first poll
        return new TopicProbe(consumer);
    }

    /** The first record (since opening) whose value matches, or an AssertionError after the timeout. */
    public ConsumerRecord<String, String> await(Predicate<String> matching, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        for (ConsumerRecord<String, String> record : seen) {
            if (record.value() != null && matching.test(record.value())) {
                return record;
            }
        }
        while (Instant.now().isBefore(until)) {
            int firstNew = seen.size();
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add); // keep the whole batch for later awaits
            for (ConsumerRecord<String, String> record : seen.subList(firstNew, seen.size())) {
                if (record.value() != null && matching.test(record.value())) {
                    return record;
                }
            }
        }
        throw new AssertionError("no matching message on " + consumer.assignment() + " within " + timeout
                + "; saw " + seen.size() + " other(s)");
    }

    /** Everything read so far, after polling for the given time. */
    public List<ConsumerRecord<String, String>> drain(Duration duration) {
        Instant until = Instant.now().plus(duration);
        while (Instant.now().isBefore(until)) {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
