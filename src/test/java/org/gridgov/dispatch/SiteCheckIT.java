package org.gridgov.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.dispatch.CaseHttp.Answer;
import org.gridgov.dispatch.RoutingMessages.Place;
import org.gridgov.dispatch.app.CheckDeadlines;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.EvidencePhotoUploads;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.KafkaTestProducer;
import org.gridgov.support.MutableClock;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 核实 before 立案 on real Kafka and PostGIS: a citizen's report waits in reported; the township
 * asks the grid's worker to check it on site; the worker answers 属实 (the township registers it)
 * or 不属实 (the township rejects it); the check's one-working-day limit warns and turns red.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.maximum-pool-size", value = "6")
@Property(name = "dispatch.test.clock", value = "mutable")
@Property(name = "gridgov.dispatch.scheduler.enabled", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteCheckIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject MutableClock clock;
    @Inject CheckDeadlines checkDeadlines;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    CaseHttp http;
    KafkaTestProducer producer;
    TopicProbe cases;

    @BeforeAll
    void connect() {
        http = new CaseHttp(client);
        producer = new KafkaTestProducer(bootstrap);
        cases = TopicProbe.open(bootstrap, Topics.CASES);
    }

    @AfterAll
    void disconnect() {
        producer.close();
        cases.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void confirmedOnSiteByTheGridsWorkerTheTownshipRegistersTheCitizensReport() {
        clock.set(DispatchTestClock.START.plus(Duration.ofDays(200)));
        Place place = Place.fresh();
        UUID id = citizensReport(place);
        String township = tokens.issue("township-" + place.township(), Role.TOWNSHIP, List.of(place.township()));
        String worker = tokens.issue("worker-" + place.grid(), Role.WORKER, List.of(place.grid()));
        String otherWorker = tokens.issue("worker-elsewhere", Role.WORKER, List.of(Place.fresh().grid()));
        String cgj = tokens.issue("cgj-desk", Role.DISPATCHER, List.of("CGJ"));
        assertThat((List<String>) http.get(township, id).body().get("actions")).contains("request-check");

        assertThat(http.act(cgj, id, "request-check", Map.of()).status()).as("the routed department's, not its to ask").isEqualTo(403);
        assertThat(http.act(worker, id, "request-check", Map.of()).status()).isEqualTo(403);
        Answer asked = http.act(township, id, "request-check", Map.of("note", "请网格员现场核实"));
        assertThat(asked.state()).isEqualTo("checking");
        Map<String, Object> check = (Map<String, Object>) asked.body().get("check");
        assertThat(check.get("status")).isEqualTo("requested");
        assertThat(check.get("dueAt")).isNotNull();
        assertThat(http.act(township, id, "register", Map.of()).status()).as("not while it is being checked").isEqualTo(409);

        // the worker sees it among the checking cases of the grid, and a worker of another grid cannot touch it
        List<Map<String, Object>> inbox = (List<Map<String, Object>>) http.get(worker, "/api/v1/cases?state=checking").body().get("items");
        assertThat(inbox).extracting(c -> c.get("id")).contains(id.toString());
        assertThat(http.act(otherWorker, id, "confirm", Map.of()).status()).isEqualTo(404);
        assertThat(http.act(worker, id, "confirm", Map.of("photos", List.of("0".repeat(64)))).status())
                .as("a photo nobody uploaded").isEqualTo(422);

        clock.advance(Duration.ofHours(1));
        String photo = EvidencePhotoUploads.upload(client, worker);
        Answer confirmed = http.act(worker, id, "confirm", Map.of("note", "现场确有违章搭建", "photos", List.of(photo)));
        assertThat(confirmed.state()).isEqualTo("reported");
        check = (Map<String, Object>) confirmed.body().get("check");
        assertThat(check.get("status")).isEqualTo("confirmed");
        assertThat(check.get("answeredBy")).isEqualTo("worker-" + place.grid());
        assertThat(check.get("note")).isEqualTo("现场确有违章搭建");

        Answer registered = http.act(township, id, "register", Map.of("note", "核实属实，立案"));
        assertThat(registered.state()).isEqualTo("dispatched");
        assertThat(timeline(township, id)).containsExactly("open", "request-check", "confirm", "register", "dispatch");

        for (String type : List.of("CaseCheckRequested", "CaseCheckConfirmed")) {
            ConsumerRecord<String, String> event = cases.await(
                    v -> v.contains(id.toString()) && v.contains("\"type\":\"" + type + "\""), Duration.ofSeconds(30));
            assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", event.value())).as(type).isEmpty();
        }
    }

    @Test
    void deniedOnSiteTheTownshipRejectsTheReport() {
        clock.set(DispatchTestClock.START.plus(Duration.ofDays(201)));
        Place place = Place.fresh();
        UUID id = citizensReport(place);
        String township = tokens.issue("township-" + place.township(), Role.TOWNSHIP, List.of(place.township()));
        String worker = tokens.issue("worker-" + place.grid(), Role.WORKER, List.of(place.grid()));
        http.act(township, id, "request-check", null);

        Answer noReason = http.act(worker, id, "deny", Map.of("reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(String.valueOf(noReason.body())).contains("reason");
        Answer denied = http.act(worker, id, "deny", Map.of("reason", "现场未发现所述问题"));
        assertThat(denied.state()).isEqualTo("reported");
        assertThat(((Map<?, ?>) denied.body().get("check")).get("status")).isEqualTo("denied");

        assertThat(http.act(township, id, "reject", Map.of("reason", "经网格员核实不属实")).state()).isEqualTo("rejected");
        assertThat(timeline(township, id)).containsExactly("open", "request-check", "deny", "reject");
    }

    @Test
    void anUnansweredCheckIsWarnedThenMarkedOverdueByTheScheduler() {
        clock.set(DispatchTestClock.START.plus(Duration.ofDays(202)));
        Place place = Place.fresh();
        UUID id = citizensReport(place);
        String township = tokens.issue("township-" + place.township(), Role.TOWNSHIP, List.of(place.township()));
        Answer asked = http.act(township, id, "request-check", null);
        Map<?, ?> check = (Map<?, ?>) asked.body().get("check");

        clock.set(Instant.parse((String) check.get("warnAt")));
        runDeadlineScan();
        assertThat(http.get(township, id).body().get("warning")).isEqualTo("yellow");
        clock.set(Instant.parse((String) check.get("dueAt")));
        runDeadlineScan();
        Answer red = http.get(township, id);
        assertThat(red.body().get("warning")).isEqualTo("red");
        assertThat(red.state()).isEqualTo("checking");
        assertThat(red.body().get("escalationLevel")).isEqualTo("none");
        assertThat(timeline(township, id)).containsExactly("open", "request-check", "warn-check", "mark-check-overdue");
    }

    private UUID citizensReport(Place place) {
        UUID id = UUID.randomUUID();
        String message = RoutingMessages.caseOpened(id, "citizen", "open311-app", place, "CGJ", false, 5, clock.instant());
        assertThat(JsonSchemas.violations("routing.v1.schema.json", message)).isEmpty();
        producer.send(Topics.ROUTING, id.toString(), message);
        String township = tokens.issue("township-" + place.township(), Role.TOWNSHIP, List.of(place.township()));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(township, id).status() == 200);
        assertThat(http.get(township, id).state()).isEqualTo("reported");
        return id;
    }

    private void runDeadlineScan() {
        while (checkDeadlines.checkBatch() == checkDeadlines.batchSize()) {
            // a full batch: more may be due
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> timeline(String token, UUID id) {
        return ((List<Map<String, Object>>) http.get(token, id).body().get("timeline")).stream()
                .map(e -> (String) e.get("action")).toList();
    }
}
