package org.gridgov.routing.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gridgov.routing.Messages;
import org.gridgov.support.NearestRank;

/**
 * Load script (not a test): publishes N ReportAccepted messages onto gridgov.reports.v1 and waits for
 * routing's decision about each on gridgov.routing.v1. Prints reports routed per second and the
 * report→decision latency (send → decision read back, so it includes routing's transaction, the
 * outbox relay and both Kafka hops). Needs a running routing role against the same broker.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.gridgov.routing.load.RoutingLoad \
 *     [bootstrap=127.0.0.1:9092] [reports=2000] [rate=0 (0 = as fast as possible)]
 * </pre>
 */
public final class RoutingLoad {

    private RoutingLoad() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        int reports = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        ObjectMapper json = new ObjectMapper();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> decidedAt = new ConcurrentHashMap<>();

        try (KafkaConsumer<String, String> consumer = decisions(bootstrap);
             KafkaProducer<String, String> producer = producer(bootstrap)) {
            Thread reader = new Thread(() -> {
                try {
                while (decidedAt.size() < reports && !Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        try {
                            JsonNode decision = json.readTree(record.value());
                            String reportId = decision.path("reportId").asText();
                            if (sentAt.containsKey(reportId)) {
                                decidedAt.putIfAbsent(reportId, now);
                            }
                        } catch (Exception ignored) {
                            // not a decision of this run
                        }
                    }
                }
                } catch (org.apache.kafka.common.errors.InterruptException stopped) {
                    // the run is over
                }
            });
            reader.setDaemon(true);
            reader.start();

            Messages.Place place = Messages.Place.somewhereNew();
            long start = System.nanoTime();
            long intervalNanos = rate > 0 ? 1_000_000_000L / rate : 0;
            for (int i = 0; i < reports; i++) {
                if (intervalNanos > 0) {
                    long due = start + i * intervalNanos;
                    while (System.nanoTime() < due) {
                        LockSupport.parkNanos(due - System.nanoTime());
                    }
                }
                UUID reportId = UUID.randomUUID();
                // 100 m apart in a township of its own: every report is a new case
                String message = Messages.json(Messages.report(reportId, i % 2 == 0 ? "0102" : "0501",
                        place.north(100.0 * i), Instant.now()));
                sentAt.put(reportId.toString(), System.nanoTime());
                producer.send(new ProducerRecord<>("gridgov.reports.v1", reportId.toString(), message));
            }
            producer.flush();
            long published = System.nanoTime();

            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (decidedAt.size() < reports && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            reader.interrupt();
            reader.join(5000);
            long end = decidedAt.values().stream().mapToLong(Long::longValue).max().orElse(System.nanoTime());

            List<Long> latencies = new ArrayList<>();
            decidedAt.forEach((id, at) -> latencies.add(at - sentAt.get(id)));
            Collections.sort(latencies);
            double seconds = (end - start) / 1e9;
            System.out.printf("reports sent:              %d (%s)%n", reports, rate > 0 ? rate + "/s" : "as fast as possible");
            System.out.printf("publishing took:           %.2f s%n", (published - start) / 1e9);
            System.out.printf("decisions received:        %d%n", decidedAt.size());
            System.out.printf("first send → last decision: %.2f s%n", seconds);
            System.out.printf("reports routed per second: %.0f%n", decidedAt.size() / seconds);
            System.out.printf("report→decision latency:   p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    percentile(latencies, 0.50), percentile(latencies, 0.99), percentile(latencies, 1.0));
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return NearestRank.quantile(sorted, p) / 1e6;
    }

    private static KafkaConsumer<String, String> decisions(String bootstrap) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor("gridgov.routing.v1", Duration.ofSeconds(30))
                .stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
