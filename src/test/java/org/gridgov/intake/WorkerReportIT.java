package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A grid worker reports from the phone: located for real by the grid service, stored, published. */
@MicronautTest(transactional = false)
class WorkerReportIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject TestDatabase database;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    IntakeApi api;
    TestGrid own;
    TestGrid neighbour;
    String worker;
    String token;

    @BeforeEach
    void aWorkerWithOneGrid() {
        api = new IntakeApi(client);
        TestGrids grids = new TestGrids(client, tokens);
        own = grids.inHomeTownship();
        neighbour = grids.inHomeTownship();
        worker = "w-" + UUID.randomUUID().toString().substring(0, 8);
        token = tokens.issue(worker, Role.WORKER, List.of(own.code()));
    }

    @Test
    void aReportInTheWorkersGridIsCreatedLocatedAndPublishedPerContract() {
        UUID clientId = UUID.randomUUID();
        try (TopicProbe reports = TopicProbe.open(bootstrap, Topics.REPORTS)) {
            IntakeApi.Answer created = api.post("/api/v1/reports", IntakeApi.report(clientId, "0102", own.lat(), own.lon()), token);

            assertThat(created.status()).isEqualTo(201);
            String id = created.json().path("id").asText();
            assertThat(created.response().getHeaders().get("Location")).isEqualTo("/api/v1/reports/" + id);
            assertThat(created.json().path("status").asText()).isEqualTo("received");
            assertThat(created.json().path("grid").path("gridCode").asText()).isEqualTo(own.code());
            assertThat(created.json().path("grid").path("townshipCode").asText()).isEqualTo(TestGrids.HOME_TOWNSHIP);
            assertThat(created.json().path("outsideOwnGrids").asBoolean()).isFalse();

            ConsumerRecord<String, String> message = reports.await(json -> json.contains(id), Duration.ofSeconds(30));
            assertThat(message.key()).isEqualTo(id);
            assertThat(JsonSchemas.violations("reports.v1.schema.json", message.value())).isEmpty();
            assertThat(Open311Schemas.json(message.value()).path("reporter").asText()).isEqualTo(worker);
            assertThat(Open311Schemas.json(message.value()).path("source").asText()).isEqualTo("worker");
        }
    }

    @Test
    void replayingTheSameReportAfterATimeoutReturnsTheOriginalAndCreatesNothing() {
        Map<String, Object> report = IntakeApi.report(UUID.randomUUID(), "0102", own.lat(), own.lon());
        IntakeApi.Answer first = api.post("/api/v1/reports", report, token);
        IntakeApi.Answer replay = api.post("/api/v1/reports", report, token);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(rowsWithClientId(report.get("clientReportId").toString())).isEqualTo(1);
        assertThat(outboxRowsFor(first.json().path("id").asText())).isEqualTo(1);
    }

    @Test
    void theSameReportSentFiveTimesAtOnceBecomesOneReport() throws Exception {
        Map<String, Object> report = IntakeApi.report(UUID.randomUUID(), "0102", own.lat(), own.lon());
        java.util.concurrent.ExecutorService phones = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<IntakeApi.Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(phones.submit(() -> api.post("/api/v1/reports", report, token)));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                statuses.add(answer.get().status());
                ids.add(answer.get().json().path("id").asText());
            }
            assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
            assertThat(ids).hasSize(1);
            assertThat(rowsWithClientId(report.get("clientReportId").toString())).isEqualTo(1);
        } finally {
            phones.shutdown();
        }
    }

    @Test
    void aReplayGetsItsOriginalEvenWhenThePointWouldBeRefusedToday() {
        Map<String, Object> report = IntakeApi.report(UUID.randomUUID(), "0102", own.lat(), own.lon());
        IntakeApi.Answer first = api.post("/api/v1/reports", report, token);
        // since then the worker was moved to a grid of another township; the phone still replays its queue
        TestGrid elsewhere = new TestGrids(client, tokens).inOtherTownship();
        String moved = tokens.issue(worker, Role.WORKER, List.of(elsewhere.code()));

        IntakeApi.Answer sameSpotNow = api.post("/api/v1/reports",
                IntakeApi.report(UUID.randomUUID(), "0102", own.lat(), own.lon()), moved);
        IntakeApi.Answer replay = api.post("/api/v1/reports", report, moved);

        assertThat(first.status()).isEqualTo(201);
        assertThat(sameSpotNow.status()).as("a new report there is refused now").isEqualTo(422);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(rowsWithClientId(report.get("clientReportId").toString())).isEqualTo(1);
    }

    @Test
    void aBurstLargerThanTheRequestThreadPoolIsStillLocatedAndStored() throws Exception {
        // far more reports at once than the 64 blocking threads: each waits for locate over HTTP on
        // this same server, which must still find a thread to answer on
        int phones = 200;
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(phones);
        try {
            List<java.util.concurrent.Future<IntakeApi.Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < phones; i++) {
                Map<String, Object> report = IntakeApi.report(UUID.randomUUID(), "0102", own.lat(), own.lon());
                answers.add(senders.submit(() -> api.post("/api/v1/reports", report, token)));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).hasSize(phones).containsOnly(201);
        } finally {
            senders.shutdown();
        }
    }

    @Test
    void reusingAClientIdForDifferentContentIsAConflict() {
        UUID clientId = UUID.randomUUID();
        api.post("/api/v1/reports", IntakeApi.report(clientId, "0102", own.lat(), own.lon()), token);
        Map<String, Object> changed = IntakeApi.report(clientId, "0104", own.lat(), own.lon());

        IntakeApi.Answer conflict = api.post("/api/v1/reports", changed, token);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.response().getContentType().map(Object::toString)).contains("application/problem+json");
        assertThat(rowsWithClientId(clientId.toString())).isEqualTo(1);
    }

    @Test
    void aReportInAnotherGridOfTheTownshipIsAcceptedButFlagged() {
        IntakeApi.Answer created = api.post("/api/v1/reports",
                IntakeApi.report(UUID.randomUUID(), "0501", neighbour.lat(), neighbour.lon()), token);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("grid").path("gridCode").asText()).isEqualTo(neighbour.code());
        assertThat(created.json().path("outsideOwnGrids").asBoolean()).isTrue();
    }

    @Test
    void aReportOutsideTheWorkersTownshipIsRefusedNamingTheLocation() {
        TestGrid elsewhere = new TestGrids(client, tokens).inOtherTownship();
        UUID clientId = UUID.randomUUID();
        IntakeApi.Answer refused = api.post("/api/v1/reports",
                IntakeApi.report(clientId, "0102", elsewhere.lat(), elsewhere.lon()), token);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(IntakeApi.fields(refused.json())).containsExactly("location");
        assertThat(rowsWithClientId(clientId.toString())).isZero();
    }

    @Test
    void aPointInNoGridIsRefusedNamingTheLocation() {
        IntakeApi.Answer refused = api.post("/api/v1/reports", IntakeApi.report(UUID.randomUUID(), "0102", -45.0, -120.0), token);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(IntakeApi.fields(refused.json())).containsExactly("location");
    }

    @Test
    void anUnknownCategoryIsUnprocessable() {
        IntakeApi.Answer refused = api.post("/api/v1/reports", IntakeApi.report(UUID.randomUUID(), "9999", own.lat(), own.lon()), token);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(IntakeApi.fields(refused.json())).containsExactly("category");
    }

    @Test
    void outOfRangeAndNonFiniteCoordinatesAreBadRequests() {
        Map<String, Object> tooNorth = IntakeApi.report(UUID.randomUUID(), "0102", 91.0, own.lon());
        IntakeApi.Answer refused = api.post("/api/v1/reports", tooNorth, token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(IntakeApi.fields(refused.json())).containsExactly("location.lat");

        String infinite = "{\"clientReportId\":\"" + UUID.randomUUID() + "\",\"category\":\"0102\",\"description\":\"x\","
                + "\"location\":{\"lat\":1e999,\"lon\":117.0},\"observedAt\":\"2026-01-01T08:00:00Z\"}";
        IntakeApi.Answer infiniteRefused = api.exchange(io.micronaut.http.HttpRequest.POST("/api/v1/reports", infinite)
                .contentType("application/json").bearerAuth(token));
        assertThat(infiniteRefused.status()).isEqualTo(400);
        assertThat(infiniteRefused.body()).contains("location.lat");
    }

    @Test
    void onlyWorkersReportAndOthersCannotReadAWorkersReport() {
        IntakeApi.Answer created = api.post("/api/v1/reports", IntakeApi.report(UUID.randomUUID(), "0102", own.lat(), own.lon()), token);
        String id = created.json().path("id").asText();
        String stranger = tokens.issue("stranger", Role.WORKER, List.of(TestGrids.OTHER_TOWNSHIP + "201999"));
        String township = tokens.issue("township-op", Role.TOWNSHIP, List.of(TestGrids.HOME_TOWNSHIP));

        assertThat(api.get("/api/v1/reports/" + id, token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/reports/" + id, township).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/reports/" + id, stranger).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/reports", IntakeApi.report(UUID.randomUUID(), "0102", own.lat(), own.lon()), township).status())
                .isEqualTo(403);
    }

    @Test
    void thePhoneSyncReturnsTheWorkersReportsChangedSinceTheLastSync() {
        IntakeApi.Answer before = api.get("/api/v1/reports?mine=true", token);
        String syncedAt = before.json().path("syncedAt").asText();
        IntakeApi.Answer created = api.post("/api/v1/reports", IntakeApi.report(UUID.randomUUID(), "0102", own.lat(), own.lon()), token);

        IntakeApi.Answer sync = api.get("/api/v1/reports?mine=true&since=" + syncedAt, token);

        assertThat(sync.status()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        sync.json().path("reports").forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).containsExactly(created.json().path("id").asText());
        assertThat(api.get("/api/v1/reports?mine=true&since=yesterday", token).status()).isEqualTo(400);
    }

    private int rowsWithClientId(String clientId) {
        return count("SELECT count(*) FROM intake.report WHERE client_report_id = ?::uuid", clientId);
    }

    private int outboxRowsFor(String reportId) {
        return count("SELECT count(*) FROM intake.outbox WHERE message_key = ?", reportId);
    }

    private int count(String sql, String parameter) {
        return database.one(sql, rs -> rs.getInt(1), parameter).orElse(0);
    }
}
