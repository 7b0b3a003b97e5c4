package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Durable before acknowledged: with the broker stopped, a report is still accepted (it is in
 * PostgreSQL with its outbox row), and it reaches gridgov.reports.v1 once the broker is back.
 * Stops and starts the test broker through the launcher.
 */
@MicronautTest(transactional = false)
class OutboxBrokerRestartIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject TestDatabase database;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @AfterEach
    void brokerIsBack() throws Exception {
        launcher("kafka-start");
    }

    @Test
    void aReportAcceptedWhileTheBrokerIsDownIsPublishedWhenItReturns() throws Exception {
        IntakeApi api = new IntakeApi(client);
        TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        String token = tokens.issue("restart-" + UUID.randomUUID().toString().substring(0, 8), Role.WORKER, List.of(grid.code()));

        launcher("kafka-stop");
        IntakeApi.Answer created = api.post("/api/v1/reports", IntakeApi.report(UUID.randomUUID(), "0102", grid.lat(), grid.lon()), token);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(sent(id)).isFalse();

        launcher("kafka-start");
        await().atMost(Duration.ofSeconds(90)).until(() -> sent(id));
        String message = findOnTopic(id, Duration.ofSeconds(30));
        assertThat(JsonSchemas.violations("reports.v1.schema.json", message)).isEmpty();
    }

    private boolean sent(String reportId) {
        return database.one("SELECT sent_at IS NOT NULL FROM intake.outbox WHERE message_key = ?", rs -> rs.getBoolean(1), reportId)
                .orElse(false);
    }

    private String findOnTopic(String key, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REPORTS, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(Topics.REPORTS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant until = Instant.now().plus(timeout);
            while (Instant.now().isBefore(until)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(record.key())) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("report " + key + " never reached " + Topics.REPORTS);
    }

    private static void launcher(String command) throws Exception {
        File root = new File(System.getProperty("user.dir"));
        Process process = new ProcessBuilder("./gridgov", "infra", command).directory(root).inheritIO().start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("./gridgov infra " + command + " failed");
        }
    }
}
