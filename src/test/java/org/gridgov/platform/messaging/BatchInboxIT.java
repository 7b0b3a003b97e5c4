package org.gridgov.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.gridgov.support.KafkaTestProducer;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A batch listener gets a whole poll in one transaction: every event once, in its key's order, a
 * duplicate in the same poll once, and a poll with a message that can never be handled still
 * handles the others (one by one) while that one goes to the DLQ. The ordered records are on the
 * topic before the consuming context starts, so its first polls carry many of them.
 */
@MicronautTest(transactional = false)
@Property(name = "gridgov.roles.dispatch", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchInboxIT {

    @Inject TestDatabase database;
    @Inject ObjectMapper json;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> inOrder = IntStream.rangeClosed(1, 40).mapToObj(i -> run + "-ordered-" + i).toList();
    private final String beforePoison = run + "-before-poison";
    private final String afterPoison = run + "-after-poison";
    private final String poisonId = run + "-poison";
    private TopicProbe dlq;
    private ApplicationContext consumerSide;

    @BeforeAll
    void putThePollsOnTheTopicThenStartTheConsumer() throws Exception {
        TestTopics.createWithDeadLetters(bootstrap, PingBatchListener.TOPIC, 2);
        dlq = TopicProbe.open(bootstrap, Topics.dlq(PingBatchListener.TOPIC));
        try (KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            String key = "ordered-" + run;
            for (String pingId : inOrder) {
                String ping = json.writeValueAsString(Ping.of(pingId, "in order"));
                producer.send(PingBatchListener.TOPIC, key, ping);
                if (pingId.endsWith("-5")) {
                    producer.send(PingBatchListener.TOPIC, key, ping); // the same event again, in the same poll
                }
            }
        }
        consumerSide = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of("gridgov.roles.grid", "false", "gridgov.roles.dispatch", "true",
                        "gridgov.test.ping-batch", "true"))
                .start();
    }

    @AfterAll
    void stopIt() {
        if (consumerSide != null) {
            consumerSide.close();
        }
        if (dlq != null) {
            dlq.close();
        }
    }

    @Test
    void aPollIsHandledTogetherInItsKeysOrderAndEachEventOnce() {
        await().atMost(Duration.ofSeconds(60)).until(() -> received(inOrder).size() == inOrder.size());

        List<Handled> handled = received(inOrder);
        assertThat(handled).extracting(Handled::pingId).as("in the order they were sent on their key")
                .containsExactlyElementsOf(inOrder);
        assertThat(handled).allSatisfy(h -> assertThat(h.times()).as(h.pingId()).isEqualTo(1));
        assertThat(handled).extracting(Handled::batchSize).as("handled by polls, not one by one")
                .anySatisfy(size -> assertThat(size).isGreaterThan(1));
    }

    @Test
    void aPollWithAMessageThatCanNeverBeHandledHandlesTheOthersOnceAndDeadLettersIt() throws Exception {
        // after the ordered pings: a poll is the batch, and a poison pill in theirs would have them handled one by one
        await().atMost(Duration.ofSeconds(60)).until(() -> received(inOrder).size() == inOrder.size());
        try (KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            String poisoned = "poisoned-" + run;
            producer.send(PingBatchListener.TOPIC, poisoned, json.writeValueAsString(Ping.of(beforePoison, "fine")));
            producer.send(PingBatchListener.TOPIC, poisoned, "{ this is not json");
            producer.send(PingBatchListener.TOPIC, poisoned, json.writeValueAsString(Ping.of(poisonId, "poison")));
            producer.send(PingBatchListener.TOPIC, poisoned, json.writeValueAsString(Ping.of(afterPoison, "fine")));
        }
        String poisoned = dlq.await(value -> value.contains(poisonId), Duration.ofSeconds(60)).value();
        String unreadable = dlq.await(value -> value.contains("this is not json"), Duration.ofSeconds(60)).value();
        await().atMost(Duration.ofSeconds(60)).until(() -> received(List.of(beforePoison, afterPoison)).size() == 2);

        assertThat(poisoned).contains("can never be handled").contains("\"consumer\":\"pingbatch\"");
        assertThat(unreadable).contains("unreadable message");
        assertThat(received(List.of(beforePoison, afterPoison))).extracting(Handled::pingId, Handled::times)
                .containsExactly(tuple(beforePoison, 1), tuple(afterPoison, 1));
        assertThat(database.one("SELECT count(*) FROM pingtest.batch_received WHERE ping_id = ?",
                rs -> rs.getInt(1), poisonId)).contains(0);
    }

    private record Handled(String pingId, int times, int batchSize) {
    }

    private List<Handled> received(List<String> pingIds) {
        return database.list("SELECT ping_id, times, batch_size FROM pingtest.batch_received "
                + "WHERE ping_id = ANY(?) ORDER BY handled", rs -> new Handled(rs.getString(1), rs.getInt(2), rs.getInt(3)),
                (Object) pingIds.toArray(String[]::new));
    }
}
