package org.gridgov.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import org.gridgov.support.TestDatabase;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.KafkaTestProducer;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A message written through the outbox by one role (grid) is published by the relay and consumed,
 * exactly once in effect, by another role (dispatch) running in a second application context.
 */
@MicronautTest(transactional = false)
@Property(name = "gridgov.roles.dispatch", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxToInboxIT {

    @Inject PingSender sender;
    @Inject TestDatabase database;
    @Inject ObjectMapper json;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    ApplicationContext consumerSide;

    @BeforeAll
    void startTheConsumingRole() throws Exception {
        TestTopics.createWithDeadLetters(bootstrap, Ping.TOPIC, 3);
        consumerSide = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of("gridgov.roles.grid", "false", "gridgov.roles.dispatch", "true"))
                .start();
    }

    @AfterAll
    void stopIt() {
        if (consumerSide != null) {
            consumerSide.close();
        }
    }

    @Test
    void aMessageSentByOneRoleIsHandledByAnother() {
        String pingId = "ping-" + UUID.randomUUID();

        sender.send(pingId, "hello");

        await().atMost(Duration.ofSeconds(30)).until(() -> timesReceived(pingId).isPresent());
        assertThat(timesReceived(pingId)).contains(1);
        assertThat(consumerSide.containsBean(PingSender.class)).as("the consumer side runs no grid role").isFalse();
    }

    @Test
    void aRedeliveredMessageHasNoSecondEffect() throws Exception {
        String pingId = "twice-" + UUID.randomUUID();
        Ping ping = Ping.of(pingId, "twice");
        try (KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Ping.TOPIC, pingId, json.writeValueAsString(ping));
            producer.send(Ping.TOPIC, pingId, json.writeValueAsString(ping));
            String marker = "after-" + UUID.randomUUID();
            producer.send(Ping.TOPIC, pingId, json.writeValueAsString(Ping.of(marker, "marker")));
            await().atMost(Duration.ofSeconds(30)).until(() -> timesReceived(marker).isPresent());
        }
        assertThat(timesReceived(pingId)).contains(1);
    }

    @Test
    void aMessageThatCannotBeProcessedGoesToTheDeadLetterTopicAndThePartitionCarriesOn() throws Exception {
        String key = "same-partition-" + UUID.randomUUID();
        String after = "after-poison-" + UUID.randomUUID();
        try (TopicProbe dlq = TopicProbe.open(bootstrap, Topics.dlq(Ping.TOPIC));
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Ping.TOPIC, key, "{ this is not json");
            producer.send(Ping.TOPIC, key, json.writeValueAsString(Ping.of("p-" + UUID.randomUUID(), "poison")));
            String incomplete = UUID.randomUUID().toString();
            // well-formed JSON that misses a required field: read, then refused by validation naming it
            producer.send(Ping.TOPIC, key, "{\"eventId\":\"" + incomplete + "\",\"type\":\"Pinged\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"schemaVersion\":1}");
            producer.send(Ping.TOPIC, key, json.writeValueAsString(Ping.of(after, "fine")));

            String unreadable = dlq.await(value -> value.contains("this is not json"), Duration.ofSeconds(30)).value();
            String poison = dlq.await(value -> value.contains("can never be handled"), Duration.ofSeconds(30)).value();
            String invalid = dlq.await(value -> value.contains(incomplete), Duration.ofSeconds(30)).value();

            assertThat(JsonSchemas.violations("dlq.v1.schema.json", unreadable)).isEmpty();
            assertThat(JsonSchemas.violations("dlq.v1.schema.json", poison)).isEmpty();
            assertThat(invalid).contains("invalid message").contains("pingId");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> timesReceived(after).isPresent());
    }

    @Test
    void aFailureThatDoesNotPassIsRetriedThenDeadLettered() throws Exception {
        String pingId = "flaky-" + UUID.randomUUID();
        try (TopicProbe dlq = TopicProbe.open(bootstrap, Topics.dlq(Ping.TOPIC));
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Ping.TOPIC, pingId, json.writeValueAsString(Ping.of(pingId, "flaky")));
            String letter = dlq.await(value -> value.contains(pingId), Duration.ofSeconds(30)).value();
            assertThat(letter).contains("always failing").contains("\"attempts\":3");
        }
        assertThat(timesReceived(pingId)).isEmpty();
    }

    @Test
    void aMessageWhoseStateChangeRolledBackIsNeverPublished() {
        String pingId = "rolled-back-" + UUID.randomUUID();
        assertThatThrownBy(() -> sender.sendThenFail(pingId)).isInstanceOf(IllegalStateException.class);
        String marker = "marker-" + UUID.randomUUID();
        sender.send(marker, "later");

        await().atMost(Duration.ofSeconds(30)).until(() -> timesReceived(marker).isPresent());
        assertThat(timesReceived(pingId)).isEmpty();
    }

    private Optional<Integer> timesReceived(String pingId) {
        return database.one("SELECT times FROM pingtest.received WHERE ping_id = ?", rs -> rs.getInt(1), pingId);
    }
}
