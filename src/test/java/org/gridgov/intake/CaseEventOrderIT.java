package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.KafkaTestProducer;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Intake takes a case's numbered events (gridgov.cases.v1, schemaVersion 2) in their order, once
 * each, whatever order and how many times Kafka delivers them; a report linked late shows the case
 * as it stands, and a link touches only the report it names.
 */
@MicronautTest(transactional = false)
// the reports stay unrouted, so that only the events this test writes give them a case
@Property(name = "gridgov.roles.routing", value = "false")
class CaseEventOrderIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject TestDatabase db;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @Test
    void eventsDeliveredOutOfOrderAndTwiceAreAppliedOnceInOrderAndALateReportShowsItsCase() {
        IntakeApi api = new IntakeApi(client);
        TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        String worker = "order-" + UUID.randomUUID().toString().substring(0, 8);
        String token = tokens.issue(worker, Role.WORKER, List.of(grid.code()));
        String first = report(api, grid, token);
        String late = report(api, grid, token);
        String bystander = report(api, grid, token);
        UUID caseId = UUID.randomUUID();

        try (KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            // dispatch wrote 1 reported (first report), 2 registered, 3 dispatched, 4 accepted, 5 late report linked;
            // Kafka brings them 3, 1, 1 again, 5, 2, 4, 3 again
            String e1 = event(caseId, 1, "CaseReported", "reported", first, 1, grid);
            send(producer, caseId, event(caseId, 3, "CaseDispatched", "dispatched", null, 1, grid));
            send(producer, caseId, e1);
            send(producer, caseId, e1.replaceFirst("\"eventId\":\"[^\"]+\"", "\"eventId\":\"" + UUID.randomUUID() + "\""));
            send(producer, caseId, event(caseId, 5, "ReportLinked", "accepted", late, 2, grid));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(caseState(api, first, token)).isEqualTo("reported"));
            assertThat(held(caseId)).as("3 and 5 wait for 2").isEqualTo(2);
            assertThat(heldCount(caseId)).as("the position row counts them").isEqualTo(2);

            send(producer, caseId, event(caseId, 2, "CaseRegistered", "registered", null, 1, grid));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(caseState(api, first, token)).as("1, 2, 3 applied; 5 still waits for 4").isEqualTo("dispatched"));
            assertThat(api.get("/api/v1/reports/" + late, token).json().path("status").asText()).isNotEqualTo("in_case");
            assertThat(held(caseId)).isEqualTo(1);
            assertThat(heldCount(caseId)).as("3 was released, 5 still counted").isEqualTo(1);

            send(producer, caseId, event(caseId, 4, "CaseAccepted", "accepted", null, 1, grid));
            send(producer, caseId, event(caseId, 3, "CaseDispatched", "dispatched", null, 1, grid));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(caseState(api, first, token)).isEqualTo("accepted");
                JsonNode linkedLate = api.get("/api/v1/reports/" + late, token).json();
                assertThat(linkedLate.path("status").asText()).isEqualTo("in_case");
                assertThat(linkedLate.path("caseStatus").path("state").asText()).isEqualTo("accepted");
            });
            assertThat(position(caseId)).isEqualTo(5);
            assertThat(held(caseId)).isZero();
            assertThat(heldCount(caseId)).isZero();

            // an event of schemaVersion 1 after numbering began is from before it: it changes nothing
            // (sent as it is: it is the old form, which the schemaVersion 2 schema rightly refuses)
            producer.send(Topics.CASES, caseId.toString(), CaseProgressIT.caseEvent(caseId, 9, "closed", first, grid));
            send(producer, caseId, event(caseId, 6, "CaseResolved", "resolved", null, 2, grid));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(caseState(api, first, token)).isEqualTo("resolved"));
            assertThat(position(caseId)).isEqualTo(6);
        }
        assertThat(api.get("/api/v1/reports/" + bystander, token).json().path("status").asText())
                .as("a report no event named is not touched").isNotEqualTo("in_case");
        assertThat(db.one("SELECT count(*) FROM intake.report WHERE case_id = ?", rs -> rs.getLong(1), caseId))
                .contains(2L);
    }

    private static String report(IntakeApi api, TestGrid grid, String token) {
        return api.post("/api/v1/reports", IntakeApi.report(UUID.randomUUID(), "0102", grid.lat(), grid.lon()), token)
                .json().path("id").asText();
    }

    private static String caseState(IntakeApi api, String reportId, String token) {
        return api.get("/api/v1/reports/" + reportId, token).json().path("caseStatus").path("state").asText();
    }

    private long held(UUID caseId) {
        return db.one("SELECT count(*) FROM intake.held_event WHERE stream_id = ?", rs -> rs.getLong(1), caseId).orElseThrow();
    }

    /** What the position row says is held: the consumer looks for held events only when it is above zero. */
    private long heldCount(UUID caseId) {
        return db.one("SELECT held_count FROM intake.event_position WHERE consumer = 'intake' AND stream_id = ?",
                rs -> rs.getLong(1), caseId).orElseThrow();
    }

    private long position(UUID caseId) {
        return db.one("SELECT last_sequence FROM intake.event_position WHERE consumer = 'intake' AND stream_id = ?",
                rs -> rs.getLong(1), caseId).orElse(0L);
    }

    private static void send(KafkaTestProducer producer, UUID caseId, String event) {
        assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", event)).as(event).isEmpty();
        producer.send(Topics.CASES, caseId.toString(), event);
    }

    /** A schemaVersion 2 case event as dispatch writes it. */
    static String event(UUID caseId, long sequence, String type, String state, String reportId, int reportCount,
                        TestGrid grid) {
        String code = grid.code();
        Instant at = Instant.parse("2026-01-01T09:00:00Z").plusSeconds(sequence);
        return """
                {"eventId":"%s","type":"%s","occurredAt":"%s","schemaVersion":2,"caseId":"%s","caseNumber":"ZB-2026-%s",
                 "version":%d,"sequence":%d,"state":"%s","previousState":null,"action":"x","actor":"system",
                 "actorRole":"SYSTEM","reason":null,"category":"0102","priority":"normal","source":"worker",
                 "reportId":%s,"reportCount":%d,"reporter":"w",
                 "grid":{"gridCode":"%s","communityCode":"%s","townshipCode":"%s","districtCode":"%s"},
                 "location":{"lat":%s,"lon":%s},"department":"CGJ","handler":null,"deadline":"2026-01-02T08:00:00Z",
                 "reportedAt":"2026-01-01T08:00:00Z","escalationLevel":"none","warning":"none","returnedBy":[]}
                """.formatted(UUID.randomUUID(), type, at, caseId, caseId.toString().substring(0, 6), sequence, sequence,
                state, reportId == null ? "null" : "\"" + reportId + "\"", reportCount, code, code.substring(0, 12),
                code.substring(0, 9), code.substring(0, 6), grid.lat(), grid.lon());
    }
}
