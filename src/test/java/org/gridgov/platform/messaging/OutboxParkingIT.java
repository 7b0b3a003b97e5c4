package org.gridgov.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.gridgov.intake.IntakeApi;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * A row the broker will never take (larger than the producer's max.request.size, set low here
 * through Micronaut's kafka.producers.default.*) is parked, and the rows queued behind it are
 * delivered. The administrator lists it, sees it counted in /prometheus and can replay it.
 */
@MicronautTest(transactional = false)
@Property(name = "kafka.producers.default.max.request.size", value = "8192")
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class OutboxParkingIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject TestDatabase database;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @Test
    void anUnpublishableRowIsParkedListedCountedAndReplayableAndTheRowsBehindItAreDelivered() {
        String run = UUID.randomUUID().toString();
        String before = message(run, "before", 10);
        String oversize = message(run, "oversize", 20_000);
        String after = message(run, "after", 10);
        try (TopicProbe probe = TopicProbe.open(bootstrap, Topics.DISPATCH)) {
            long first = append("parking-" + run, before);
            long big = append("parking-" + run, oversize);
            long last = append("parking-" + run, after);

            probe.await(value -> value.contains(run) && value.contains("\"after\""), Duration.ofSeconds(60));
            // the consumer may see the record before the relay has committed sent_at after the ack
            await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(first) && sentAt(last));
            assertThat(sentAt(big)).isFalse();
            assertThat(probe.drain(Duration.ofSeconds(1))).noneMatch(r -> r.value().contains("\"oversize\""));
        }

        String admin = tokens.issue("admin-parking", Role.ADMIN);
        IntakeApi api = new IntakeApi(client);
        var listed = api.get("/api/v1/admin/outbox/parked", admin).json();
        var parked = java.util.stream.StreamSupport.stream(listed.path("items").spliterator(), false)
                .filter(item -> item.path("key").asText().equals("parking-" + run)).findFirst().orElseThrow();
        assertThat(parked.path("outbox").asText()).isEqualTo("intake");
        assertThat(parked.path("topic").asText()).isEqualTo(Topics.DISPATCH);
        assertThat(parked.path("error").asText()).contains("RecordTooLargeException");
        assertThat(parked.path("payloadBytes").asInt()).isGreaterThan(20_000);
        assertThat(listed.path("waiting").asLong()).isPositive();

        String metrics = client.toBlocking().retrieve(HttpRequest.GET("/prometheus").bearerAuth(admin));
        assertThat(metrics).containsPattern("gridgov_outbox_parked_rows_total\\S* [1-9]");

        var replayed = api.post("/api/v1/admin/outbox/parked/" + parked.path("id").asLong() + "/replay", "", admin);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().path("replayedBy").asText()).isEqualTo("admin-parking");
        // still too large: the relay tries it once more and parks it again, as a new entry
        await().atMost(Duration.ofSeconds(30)).until(() -> database.one(
                "SELECT count(*) FROM platform.outbox_parked WHERE message_key = ?", rs -> rs.getLong(1), "parking-" + run)
                .orElse(0L) == 2L);

        var unknown = api.post("/api/v1/admin/outbox/parked/987654321/replay", "", admin);
        assertThat(unknown.status()).isEqualTo(404);
        String worker = tokens.issue("worker-parking", Role.WORKER, java.util.List.of());
        assertThat(api.get("/api/v1/admin/outbox/parked", worker).status()).isEqualTo(403);
    }

    private static String message(String run, String name, int padding) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"run\":\"" + run + "\",\"name\":\"" + name
                + "\",\"padding\":\"" + "x".repeat(padding) + "\"}";
    }

    private long append(String key, String payload) {
        return database.one("INSERT INTO intake.outbox (topic, message_key, payload) VALUES (?, ?, ?) RETURNING id",
                rs -> rs.getLong(1), Topics.DISPATCH, key, payload).orElseThrow();
    }

    private boolean sentAt(long id) {
        return database.one("SELECT sent_at IS NOT NULL FROM intake.outbox WHERE id = ?", rs -> rs.getBoolean(1), id)
                .orElseThrow();
    }
}
