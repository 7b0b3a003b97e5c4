package org.gridgov.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.dispatch.CaseHttp.Answer;
import org.gridgov.dispatch.RoutingMessages.Place;
import org.gridgov.dispatch.app.CheckDeadlines;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
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
 * The closed loop on real Kafka and PostGIS: routing decisions fed onto gridgov.routing.v1, people
 * acting over HTTP, the deadline scan driven by a clock the test moves, and every transition
 * checked on the timeline and on gridgov.cases.v1 against its schema.
 */
@MicronautTest(transactional = false)
// six services' test JVMs share one PostgreSQL: take few connections
@Property(name = "datasources.default.maximum-pool-size", value = "6")
@Property(name = "dispatch.test.clock", value = "mutable")
@Property(name = "gridgov.dispatch.scheduler.enabled", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseLifecycleIT {


    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject MutableClock clock;
    @Inject CheckDeadlines checkDeadlines;
    @Inject ObjectMapper json;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    CaseHttp http;
    KafkaTestProducer producer;
    TopicProbe cases;
    TopicProbe workOrders;

    @BeforeAll
    void connect() {
        http = new CaseHttp(client);
        producer = new KafkaTestProducer(bootstrap);
        cases = TopicProbe.open(bootstrap, Topics.CASES);
        workOrders = TopicProbe.open(bootstrap, Topics.DISPATCH);
    }

    @AfterAll
    void disconnect() {
        producer.close();
        cases.close();
        workOrders.close();
    }

    @Test
    void aWorkersCaseIsRegisteredDispatchedHandledVerifiedAndClosedOnTime() throws IOException {
        clock.set(DispatchTestClock.START);
        Place place = Place.fresh();
        UUID id = UUID.randomUUID();
        String township = tokens.issue("township-" + place.township(), Role.TOWNSHIP, List.of(place.township()));
        String cgj = tokens.issue("cgj-desk", Role.DISPATCHER, List.of("CGJ"));
        String worker = tokens.issue("worker-" + place.grid(), Role.WORKER, List.of(place.grid()));

        feed(id, RoutingMessages.caseOpened(id, "worker", "worker-" + place.grid(), place, "CGJ", false, 5, clock.instant()));
        Answer opened = awaitCase(township, id);
        assertThat(opened.state()).isEqualTo("dispatched");
        assertThat((String) opened.body().get("number")).matches("ZB-2027-\\d{6}");
        assertThat(opened.body().get("department")).isEqualTo("CGJ");
        assertThat(opened.body().get("deadline")).isEqualTo("2027-03-08T02:00:00Z");

        clock.advance(Duration.ofHours(1));
        assertThat(http.act(cgj, id, "accept", Map.of("note", "on our way")).state()).isEqualTo("accepted");
        assertThat(http.act(cgj, id, "assign", Map.of("handler", "li.si")).body().get("handler")).isEqualTo("li.si");
        clock.advance(Duration.ofDays(1));
        assertThat(http.act(cgj, id, "resolve", Map.of("note", "shed removed", "photos", List.of(photo()))).state())
                .isEqualTo("resolved");
        clock.advance(Duration.ofHours(2));
        assertThat(http.act(worker, id, "verify", Map.of("passed", true, "note", "gone", "photos", List.of(photo()))).state())
                .isEqualTo("verified");
        Answer closed = http.act(township, id, "close", Map.of("note", "done"));

        assertThat(closed.state()).isEqualTo("closed");
        assertThat(closed.body().get("closedOnTime")).isEqualTo(true);
        assertThat(timelineActions(township, id)).containsExactly(
                "open", "register", "dispatch", "accept", "assign", "resolve", "verify", "close");
        List<Map<String, Object>> events = caseEvents(id, "CaseClosed");
        assertThat(events).extracting(e -> e.get("type")).containsExactly(
                "CaseReported", "CaseRegistered", "CaseDispatched", "CaseAccepted", "CaseAssigned",
                "CaseResolved", "CaseVerified", "CaseClosed");
        assertThat(events.get(1).get("actor")).isEqualTo("system");
        assertThat(events.get(events.size() - 1).get("closedOnTime")).isEqualTo(true);
        ConsumerRecord<String, String> order = workOrders.await(v -> v.contains(id.toString()), Duration.ofSeconds(30));
        assertThat(order.key()).isEqualTo("CGJ");
        assertThat(JsonSchemas.violations("dispatch.v1.schema.json", order.value())).isEmpty();
    }

    @Test
    void aCaseIsReturnedReroutedExtendedReopenedEscalatedAndClosedLate() throws IOException {
        clock.set(DispatchTestClock.START.plus(Duration.ofDays(28)));
        Place place = Place.fresh();
        UUID id = UUID.randomUUID();
        String township = tokens.issue("township-" + place.township(), Role.TOWNSHIP, List.of(place.township()));
        String cgj = tokens.issue("cgj-desk", Role.DISPATCHER, List.of("CGJ"));
        String zjj = tokens.issue("zjj-desk", Role.DISPATCHER, List.of("ZJJ"));
        String worker = tokens.issue("worker-" + place.grid(), Role.WORKER, List.of(place.grid()));

        feed(id, RoutingMessages.caseOpened(id, "worker", "worker-" + place.grid(), place, "CGJ", false, 5, clock.instant()));
        awaitCase(township, id);
        clock.advance(Duration.ofHours(1));
        Answer returned = http.act(cgj, id, "return", Map.of("reason", "housing matter, not urban management"));
        assertThat(returned.state()).isEqualTo("returned");
        assertThat(caseEvents(id, "CaseReturned").get(3).get("returnedBy")).isEqualTo(List.of("CGJ"));
        workOrders.await(v -> v.contains(id.toString()) && v.contains("WorkOrderWithdrawn"), Duration.ofSeconds(30));
        // the platform's own routing hears the return too: no rule of this made-up township names another
        // department, so it asks the township centre to arbitrate; the test then reroutes as a rule would
        await().atMost(Duration.ofSeconds(30)).until(() -> timelineActions(township, id).contains("await-arbitration"));

        feed(id, RoutingMessages.caseRerouted(id, place, "ZJJ", false, 3, "CGJ", clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> "ZJJ".equals(http.get(township, id).body().get("department")));
        assertThat(http.get(cgj, id).status()).as("CGJ no longer sees it").isEqualTo(404);
        assertThat(http.act(zjj, id, "accept", null).state()).isEqualTo("accepted");
        String deadlineBefore = (String) http.get(zjj, id).body().get("deadline");
        http.act(zjj, id, "request-extension", Map.of("workingDays", 2, "reason", "needs a demolition permit"));
        Answer granted = http.act(township, id, "grant-extension", Map.of("note", "agreed"));
        assertThat(granted.body().get("extension")).isEqualTo("granted");
        assertThat((String) granted.body().get("deadline")).isGreaterThan(deadlineBefore);

        clock.advance(Duration.ofDays(1));
        http.act(zjj, id, "resolve", Map.of("note", "done"));
        Answer unexplained = http.act(worker, id, "verify", Map.of("passed", false, "photos", List.of(photo())));
        assertThat(unexplained.status()).as("a failed verification says why").isEqualTo(422);
        assertThat(unexplained.body().toString()).contains("note");
        String evidence = photo();
        Answer reopened = http.act(worker, id, "verify", Map.of("passed", false, "note", "the shed is still standing",
                "photos", List.of(evidence)));
        assertThat(reopened.state()).as("rework without a manual reopen").isEqualTo("dispatched");
        assertThat(reopened.body().get("department")).isEqualTo("ZJJ");
        assertThat(reopened.body().get("warning")).isEqualTo("none");
        assertThat(Instant.parse((String) reopened.body().get("deadline"))).as("a fresh handling deadline")
                .isAfter(clock.instant()).isNotEqualTo(Instant.parse((String) granted.body().get("deadline")));
        List<?> timeline = (List<?>) reopened.body().get("timeline");
        @SuppressWarnings("unchecked")
        Map<String, Object> check = (Map<String, Object>) timeline.get(timeline.size() - 2);
        assertThat(check).containsEntry("action", "fail-verification").containsEntry("reason", "the shed is still standing");
        assertThat(check.get("photos")).isEqualTo(List.of(evidence));
        @SuppressWarnings("unchecked")
        Map<String, Object> rework = (Map<String, Object>) timeline.get(timeline.size() - 1);
        assertThat(rework).containsEntry("action", "reopen").containsEntry("actor", "system");
        workOrders.await(v -> v.contains(id.toString()) && v.contains("WorkOrderIssued") && v.contains("\"ZJJ\""),
                Duration.ofSeconds(30));

        assertThat(reopened.body()).containsEntry("phase", "handling").containsEntry("phaseDeadline", reopened.body().get("deadline"));
        Instant red = Instant.parse((String) reopened.body().get("phaseRedAt"));
        assertThat(red).as("red on the first working day after the deadline")
                .isAfter(Instant.parse((String) reopened.body().get("deadline")));
        clock.set(Instant.parse((String) reopened.body().get("deadline")).plusSeconds(60));
        runDeadlineScan();
        assertThat(http.get(township, id).body().get("warning")).as("past the deadline, not red yet").isEqualTo("yellow");
        clock.set(red.plusSeconds(60)); // red, not yet a second limit
        runDeadlineScan();
        Answer overdue = http.get(township, id);
        assertThat(overdue.body().get("warning")).isEqualTo("red");
        assertThat(overdue.body().get("escalationLevel")).isEqualTo("township");

        http.act(zjj, id, "accept", null);
        http.act(zjj, id, "resolve", Map.of("note", "demolished"));
        http.act(worker, id, "verify", Map.of("passed", true, "photos", List.of(photo())));
        Answer closed = http.act(township, id, "close", null);
        assertThat(closed.body().get("closedOnTime")).isEqualTo(false);

        assertThat(timelineActions(township, id)).containsExactly("open", "register", "dispatch", "return",
                "await-arbitration", "reroute", "accept", "request-extension", "grant-extension", "resolve", "fail-verification",
                "reopen", "warn", "mark-overdue", "escalate", "accept", "resolve", "verify", "close");
        List<Map<String, Object>> events = caseEvents(id, "CaseClosed");
        assertThat(events).extracting(e -> e.get("type")).containsExactly("CaseReported", "CaseRegistered",
                "CaseDispatched", "CaseReturned", "CaseDispatched", "CaseAccepted", "CaseExtensionRequested",
                "CaseExtensionGranted", "CaseResolved", "CaseVerificationFailed", "CaseReopened", "CaseWarned", "CaseOverdue",
                "CaseEscalated", "CaseAccepted", "CaseResolved", "CaseVerified", "CaseClosed");
        assertThat(events.get(13)).containsEntry("escalationLevel", "township").containsEntry("actor", "system");
    }

    @Test
    void theTownshipsVerificationAndClosingRunOnTheirOwnClocks() throws IOException {
        clock.set(DispatchTestClock.START.plus(Duration.ofDays(42)));
        Place place = Place.fresh();
        UUID id = UUID.randomUUID();
        String township = tokens.issue("township-" + place.township(), Role.TOWNSHIP, List.of(place.township()));
        String cgj = tokens.issue("cgj-desk", Role.DISPATCHER, List.of("CGJ"));
        String worker = tokens.issue("worker-" + place.grid(), Role.WORKER, List.of(place.grid()));
        feed(id, RoutingMessages.caseOpened(id, "worker", "worker-" + place.grid(), place, "CGJ", false, 5, clock.instant()));
        Answer opened = awaitCase(township, id);
        assertThat(opened.body()).containsEntry("phase", "handling").containsEntry("phaseDeadline", opened.body().get("deadline"));
        http.act(cgj, id, "accept", null);
        clock.advance(Duration.ofHours(2));

        Answer resolved = http.act(cgj, id, "resolve", Map.of("note", "shed removed"));
        assertThat(resolved.body()).containsEntry("phase", "verification").containsEntry("deadline", opened.body().get("deadline"));
        Instant verifyBy = Instant.parse((String) resolved.body().get("phaseDeadline"));
        assertThat(verifyBy).as("核查时限: one working day by default").isBefore(Instant.parse((String) opened.body().get("deadline")))
                .isAfter(clock.instant().plus(Duration.ofHours(7)));
        Instant red = Instant.parse((String) resolved.body().get("phaseRedAt"));

        clock.set(red.plusSeconds(60));
        runDeadlineScan();
        Answer late = http.get(township, id);
        assertThat(late.body()).containsEntry("phaseWarning", "red").containsEntry("warning", "none")
                .containsEntry("escalationLevel", "none").containsEntry("state", "resolved");

        Answer verified = http.act(worker, id, "verify", Map.of("passed", true, "photos", List.of(photo())));
        assertThat(verified.body()).containsEntry("phase", "closing").containsEntry("verifiedOnTime", false)
                .containsEntry("phaseWarning", "none");
        assertThat(Instant.parse((String) verified.body().get("phaseDeadline"))).as("结案时限 from the verification")
                .isAfter(clock.instant());
        Answer closed = http.act(township, id, "close", null);
        assertThat(closed.body()).containsEntry("closingOnTime", true).containsEntry("closedOnTime", true)
                .containsEntry("phase", null);

        assertThat(timelineActions(township, id)).containsExactly("open", "register", "dispatch", "accept", "resolve",
                "mark-overdue", "verify", "close");
        List<Map<String, Object>> events = caseEvents(id, "CaseClosed");
        Map<String, Object> overdue = events.stream().filter(e -> "CaseOverdue".equals(e.get("type"))).findFirst().orElseThrow();
        assertThat(overdue).containsEntry("phase", "verification").containsEntry("phaseWarning", "red").containsEntry("warning", "none");
        assertThat(events.get(events.size() - 1)).containsEntry("closingOnTime", true);
        assertThat(events.stream().filter(e -> "CaseVerified".equals(e.get("type"))).findFirst().orElseThrow())
                .containsEntry("verifiedOnTime", false);
    }

    @Test
    void severalDeadlineScansAtOnceActOnEachDueCaseExactlyOnce() throws Exception {
        clock.set(DispatchTestClock.START.plus(Duration.ofDays(70)));
        Place place = Place.fresh();
        String township = tokens.issue("township-" + place.township(), Role.TOWNSHIP, List.of(place.township()));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            feed(id, RoutingMessages.caseOpened(id, "worker", "w", place, "CGJ", false, 1, clock.instant()));
        }
        ids.forEach(id -> awaitCase(township, id));
        // red on the first working day after the deadline, before the district escalation
        Instant red = Instant.parse((String) http.get(township, ids.get(0)).body().get("phaseRedAt"));
        clock.set(red.plusSeconds(60));

        CompletableFuture<Void> one = CompletableFuture.runAsync(this::runDeadlineScan);
        CompletableFuture<Void> two = CompletableFuture.runAsync(this::runDeadlineScan);
        CompletableFuture.allOf(one, two).get();

        for (UUID id : ids) {
            assertThat(timelineActions(township, id)).filteredOn("mark-overdue"::equals).hasSize(1);
            assertThat(timelineActions(township, id)).filteredOn("escalate"::equals).hasSize(1);
        }
    }

    @Test
    void aDuplicateReportJoinsItsCaseAndAnImpossibleDecisionGoesToTheDeadLetterTopic() throws IOException {
        clock.set(DispatchTestClock.START.plus(Duration.ofDays(100)));
        Place place = Place.fresh();
        UUID id = UUID.randomUUID();
        UUID duplicate = UUID.randomUUID();
        String township = tokens.issue("township-" + place.township(), Role.TOWNSHIP, List.of(place.township()));
        feed(id, RoutingMessages.caseOpened(id, "citizen", "open311-app", place, "CGJ", false, 5, clock.instant()));
        assertThat(awaitCase(township, id).state()).isEqualTo("reported");

        feed(id, RoutingMessages.reportLinked(id, duplicate, place, clock.instant()));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                ((Number) http.get(township, id).body().get("reportCount")).intValue() == 2);
        List<?> reports = (List<?>) http.get(township, "/api/v1/cases/" + id + "/reports").body().get("items");
        assertThat(reports).extracting(r -> (Object) ((Map<?, ?>) r).get("reportId")).hasSize(2).contains(duplicate.toString());
        assertThat(timelineActions(township, id)).containsExactly("open", "link-report");
        assertThat(caseEvents(id, "ReportLinked")).extracting(e -> e.get("type")).containsExactly("CaseReported", "ReportLinked");

        try (TopicProbe dlq = TopicProbe.open(bootstrap, Topics.dlq(Topics.ROUTING))) {
            UUID unknown = UUID.randomUUID();
            feed(unknown, RoutingMessages.caseRerouted(unknown, place, "ZJJ", false, 3, "CGJ", clock.instant()));
            assertThat(dlq.await(v -> v.contains(unknown.toString()), Duration.ofSeconds(30)).value()).contains("unknown case");
        }
    }

    private void runDeadlineScan() {
        while (checkDeadlines.checkBatch() == checkDeadlines.batchSize()) {
            // a full batch: more may be due
        }
    }

    private void feed(UUID caseId, String message) {
        assertThat(JsonSchemas.violations("routing.v1.schema.json", message)).as("fixture obeys the contract").isEmpty();
        producer.send(Topics.ROUTING, caseId.toString(), message);
    }

    private Answer awaitCase(String token, UUID id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(token, id).status() == 200);
        return http.get(token, id);
    }

    @SuppressWarnings("unchecked")
    private List<String> timelineActions(String token, UUID id) {
        Map<String, Object> body = http.get(token, id).body();
        return ((List<Map<String, Object>>) body.get("timeline")).stream().map(e -> (String) e.get("action")).toList();
    }

    /** All cases.v1 events of a case up to the first of {@code lastType}, each checked against the schema. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> caseEvents(UUID id, String lastType) throws IOException {
        cases.await(v -> v.contains(id.toString()) && v.contains("\"" + lastType + "\""), Duration.ofSeconds(30));
        List<Map<String, Object>> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : cases.drain(Duration.ofMillis(200))) {
            if (id.toString().equals(record.key())) {
                assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", record.value())).as(record.value()).isEmpty();
                events.add(json.readValue(record.value(), Map.class));
            }
        }
        return events;
    }

    private String uploadedPhoto;

    /** A picture really uploaded as evidence: a case action may only cite photos intake has. */
    private String photo() {
        if (uploadedPhoto == null) {
            uploadedPhoto = org.gridgov.support.EvidencePhotoUploads.upload(client,
                    tokens.issue("evidence-camera", Role.WORKER, List.of()));
        }
        return uploadedPhoto;
    }
}
