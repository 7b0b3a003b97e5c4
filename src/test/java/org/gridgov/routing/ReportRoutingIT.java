package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.routing.Messages.isAbout;
import static org.gridgov.routing.Messages.json;
import static org.gridgov.routing.Messages.read;
import static org.gridgov.routing.Messages.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.routing.Messages.Place;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.KafkaTestProducer;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.Test;

/** Reports put on gridgov.reports.v1 become routing decisions on gridgov.routing.v1. */
@MicronautTest(transactional = false)
class ReportRoutingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject TransactionOperations<Connection> transactions;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @Test
    void aReportOfEverySeedCategoryReachesItsDefaultDepartment() throws Exception {
        Map<UUID, String[]> expected = new LinkedHashMap<>();
        Place place = Place.somewhereNew();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (TopicProbe decisions = TopicProbe.open(bootstrap, Topics.ROUTING);
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            int i = 0;
            for (String[] category : seedCategories()) {
                UUID reportId = UUID.randomUUID();
                expected.put(reportId, category);
                // 200 m apart so that none of them is a duplicate of another
                producer.send(Topics.REPORTS, reportId.toString(),
                        json(report(reportId, category[0], place.north(200.0 * i++), now)));
            }
            for (Map.Entry<UUID, String[]> entry : expected.entrySet()) {
                String[] category = entry.getValue();
                String message = Probes.await(decisions, value -> isAbout(value, "CaseOpened", entry.getKey()), WAIT).value();
                JsonNode decision = read(message);
                assertThat(decision.path("category").asText()).isEqualTo(category[0]);
                assertThat(decision.path("assignee").path("code").asText()).as(category[0]).isEqualTo(category[6]);
                assertThat(decision.path("assignee").path("kind").asText()).isEqualTo("city_department");
                assertThat(decision.path("arbitration").asBoolean()).isFalse();
                assertThat(decision.path("priority").asText()).isEqualTo("true".equals(category[7]) ? "urgent" : "normal");
                assertThat(decision.path("timeLimit").path("unit").asText())
                        .isEqualTo("true".equals(category[7]) ? "calendar_hour" : category[5]);
                assertThat(Instant.parse(decision.path("deadline").asText())).isAfter(now);
                assertThat(JsonSchemas.violations("routing.v1.schema.json", message)).isEmpty();
            }
        }
    }

    @Test
    void aNearbyReportOfTheSameCategoryIsLinkedToTheOpenCase() {
        Place place = Place.somewhereNew();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID first = UUID.randomUUID();
        UUID near = UUID.randomUUID();
        UUID far = UUID.randomUUID();
        UUID otherCategory = UUID.randomUUID();
        try (TopicProbe decisions = TopicProbe.open(bootstrap, Topics.ROUTING);
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Topics.REPORTS, first.toString(), json(report(first, "0102", place, now)));
            String caseId = read(Probes.await(decisions, v -> isAbout(v, "CaseOpened", first), WAIT).value())
                    .path("caseId").asText();

            producer.send(Topics.REPORTS, near.toString(),
                    json(report(near, "0102", place.north(30), now.plus(Duration.ofHours(5)))));
            producer.send(Topics.REPORTS, far.toString(),
                    json(report(far, "0102", place.north(80), now.plus(Duration.ofHours(5)))));
            producer.send(Topics.REPORTS, otherCategory.toString(), json(report(otherCategory, "0501", place, now)));

            String linked = Probes.await(decisions, v -> isAbout(v, "ReportLinked", near), WAIT).value();
            assertThat(read(linked).path("caseId").asText()).isEqualTo(caseId);
            assertThat(read(linked).path("assignee").path("code").asText()).isEqualTo("CGJ");
            assertThat(JsonSchemas.violations("routing.v1.schema.json", linked)).isEmpty();
            assertThat(read(Probes.await(decisions, v -> isAbout(v, "CaseOpened", far), WAIT).value())
                    .path("caseId").asText()).isNotEqualTo(caseId);
            assertThat(read(Probes.await(decisions, v -> isAbout(v, "CaseOpened", otherCategory), WAIT).value())
                    .path("caseId").asText()).isNotEqualTo(caseId);
        }
    }

    @Test
    void aReportLongAfterTheWindowOpensANewCase() {
        Place place = Place.somewhereNew();
        Instant then = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(10));
        UUID old = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        try (TopicProbe decisions = TopicProbe.open(bootstrap, Topics.ROUTING);
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Topics.REPORTS, old.toString(), json(report(old, "0104", place, then)));
            Probes.await(decisions, v -> isAbout(v, "CaseOpened", old), WAIT);
            producer.send(Topics.REPORTS, later.toString(),
                    json(report(later, "0104", place, then.plus(Duration.ofHours(72)).plusSeconds(60))));
            Probes.await(decisions, v -> isAbout(v, "CaseOpened", later), WAIT);
        }
    }

    @Test
    void aClosedCaseCollectsNoMoreDuplicates() {
        Place place = Place.somewhereNew();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID first = UUID.randomUUID();
        UUID afterClosing = UUID.randomUUID();
        try (TopicProbe decisions = TopicProbe.open(bootstrap, Topics.ROUTING);
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Topics.REPORTS, first.toString(), json(report(first, "0201", place, now)));
            String caseId = read(Probes.await(decisions, v -> isAbout(v, "CaseOpened", first), WAIT).value())
                    .path("caseId").asText();
            Map<String, Object> closed = Messages.caseEvent("CaseClosed", "closed", UUID.fromString(caseId),
                    Db.takeCaseSequence(transactions, UUID.fromString(caseId)), "0201", place, "CGJ", List.of(), null);
            assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", json(closed))).isEmpty();
            producer.send(Topics.CASES, caseId, json(closed));
            await().atMost(WAIT).until(() -> !isOpen(caseId));

            producer.send(Topics.REPORTS, afterClosing.toString(), json(report(afterClosing, "0201", place, now)));
            assertThat(read(Probes.await(decisions, v -> isAbout(v, "CaseOpened", afterClosing), WAIT).value())
                    .path("caseId").asText()).isNotEqualTo(caseId);
        }
    }

    @Test
    void aReportNoRuleMatchesGoesToItsTownshipCentreForArbitration() {
        Place place = Place.somewhereNew();
        UUID reportId = UUID.randomUUID();
        try (TopicProbe decisions = TopicProbe.open(bootstrap, Topics.ROUTING);
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Topics.REPORTS, reportId.toString(), json(report(reportId, "9901", place, Instant.now())));
            String message = Probes.await(decisions, v -> isAbout(v, "CaseOpened", reportId), WAIT).value();
            JsonNode decision = read(message);
            assertThat(decision.path("assignee").path("code").asText()).isEqualTo(place.township() + "-CENTRE");
            assertThat(decision.path("assignee").path("kind").asText()).isEqualTo("township_centre");
            assertThat(decision.path("arbitration").asBoolean()).isTrue();
            assertThat(JsonSchemas.violations("routing.v1.schema.json", message)).isEmpty();
        }
    }

    @Test
    void aRedeliveredReportDoesNotMakeASecondCase() {
        Place place = Place.somewhereNew();
        UUID reportId = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        Map<String, Object> message = report(reportId, "0303", place, Instant.now());
        Map<String, Object> republished = new LinkedHashMap<>(message);
        republished.put("eventId", UUID.randomUUID().toString()); // intake's outbox sending it again
        try (TopicProbe decisions = TopicProbe.open(bootstrap, Topics.ROUTING);
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Topics.REPORTS, reportId.toString(), json(message));
            producer.send(Topics.REPORTS, reportId.toString(), json(message));
            producer.send(Topics.REPORTS, reportId.toString(), json(republished));
            // same key, same partition: once the marker is routed, the three before it were handled
            producer.send(Topics.REPORTS, reportId.toString(), json(report(marker, "0303", place.north(500),
                    Instant.now())));
            Probes.await(decisions, v -> isAbout(v, "CaseOpened", marker), WAIT);
            List<String> aboutTheReport = new ArrayList<>();
            decisions.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> read(r.value()).path("reportId").asText().equals(reportId.toString()))
                    .forEach(r -> aboutTheReport.add(r.value()));
            assertThat(aboutTheReport).hasSize(1);
            assertThat(casesOf(reportId)).isEqualTo(1L);
        }
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndThePartitionCarriesOn() {
        Place place = Place.somewhereNew();
        String key = "poison-" + UUID.randomUUID();
        UUID after = UUID.randomUUID();
        Map<String, Object> noCategory = report(UUID.randomUUID(), "0101", place, Instant.now());
        noCategory.remove("category");
        Map<String, Object> futureVersion = report(UUID.randomUUID(), "0101", place, Instant.now());
        futureVersion.put("schemaVersion", 2);
        try (TopicProbe dlq = TopicProbe.open(bootstrap, Topics.dlq(Topics.REPORTS));
             TopicProbe decisions = TopicProbe.open(bootstrap, Topics.ROUTING);
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Topics.REPORTS, key, "{ not json at all " + key);
            producer.send(Topics.REPORTS, key, json(noCategory));
            producer.send(Topics.REPORTS, key, json(futureVersion));
            producer.send(Topics.REPORTS, key, json(report(after, "0101", place.north(300), Instant.now())));

            String unreadable = Probes.await(dlq, v -> v.contains("not json at all " + key), WAIT).value();
            String invalid = Probes.await(dlq, v -> v.contains(noCategory.get("eventId").toString()), WAIT).value();
            String unsupported = Probes.await(dlq, v -> v.contains(futureVersion.get("eventId").toString()), WAIT).value();
            assertThat(JsonSchemas.violations("dlq.v1.schema.json", unreadable)).isEmpty();
            assertThat(read(invalid).path("error").asText()).contains("category");
            assertThat(read(unsupported).path("error").asText()).contains("schemaVersion");
            Probes.await(decisions, v -> isAbout(v, "CaseOpened", after), WAIT);
        }
    }

    private boolean isOpen(String caseId) {
        return Db.number(transactions, "SELECT CASE WHEN open THEN 1 ELSE 0 END FROM routing.case_file WHERE case_id = ?",
                UUID.fromString(caseId)) == 1;
    }

    private long casesOf(UUID reportId) {
        return Db.number(transactions, "SELECT count(*) FROM routing.case_file WHERE first_report_id = ?", reportId);
    }

    static List<String[]> seedCategories() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ReportRoutingIT.class.getResourceAsStream("/reference/categories.csv"), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> rows.add(line.split(",")));
        }
        return rows;
    }
}
