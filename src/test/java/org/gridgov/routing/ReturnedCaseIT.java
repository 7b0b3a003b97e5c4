package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.routing.Messages.caseEvent;
import static org.gridgov.routing.Messages.isAbout;
import static org.gridgov.routing.Messages.isCaseMessage;
import static org.gridgov.routing.Messages.json;
import static org.gridgov.routing.Messages.read;
import static org.gridgov.routing.Messages.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.routing.Messages.Place;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.KafkaTestProducer;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.Test;

/** A department returns a case (退回): routing sends it on, and after two returns to arbitration. */
@MicronautTest(transactional = false)
class ReturnedCaseIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;
    @Inject TransactionOperations<Connection> transactions;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @Test
    void aReturnedCaseGoesToTheNextDepartmentThenToTheTownshipCentre() {
        Place place = RegisteredPlaces.register(http, tokens.issue("admin", Role.ADMIN, List.of()));
        String unit = place.township() + "-CGZD";
        var rule = Map.of("category", "0501", "area", Map.of("level", "township", "code", place.township()),
                "target", Map.of("kind", "township_unit", "code", unit));
        var created = http.toBlocking().exchange(HttpRequest.POST("/api/v1/routing/rules", rule)
                .bearerAuth(tokens.issue("admin", Role.ADMIN, List.of())), Map.class);
        assertThat(created.status().getCode()).isEqualTo(HttpStatus.CREATED.getCode());

        UUID reportId = UUID.randomUUID();
        try (TopicProbe decisions = TopicProbe.open(bootstrap, Topics.ROUTING);
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Topics.REPORTS, reportId.toString(), json(report(reportId, "0501", place, Instant.now())));
            JsonNode opened = read(Probes.await(decisions, v -> isAbout(v, "CaseOpened", reportId), WAIT).value());
            String caseId = opened.path("caseId").asText();
            assertThat(opened.path("assignee").path("code").asText()).isEqualTo(unit);
            assertThat(opened.path("assignee").path("kind").asText()).isEqualTo("township_unit");

            Map<String, Object> firstReturn = caseEvent("CaseReturned", "returned", UUID.fromString(caseId),
                    Db.takeCaseSequence(transactions, UUID.fromString(caseId)), "0501", place, unit, List.of(unit),
                    "street vending on this road is the bureau's");
            assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", json(firstReturn))).isEmpty();
            producer.send(Topics.CASES, caseId, json(firstReturn));
            String reroutedMessage = Probes.await(decisions, v -> isCaseMessage(v, "CaseRerouted", caseId), WAIT).value();
            JsonNode rerouted = read(reroutedMessage);
            assertThat(rerouted.path("assignee").path("code").asText()).isEqualTo("CGJ");
            assertThat(rerouted.path("arbitration").asBoolean()).isFalse();
            assertThat(rerouted.path("returns").get(0).path("department").asText()).isEqualTo(unit);
            assertThat(rerouted.path("returns").get(0).path("reason").asText()).contains("bureau");
            assertThat(rerouted.path("reportId").asText()).isEqualTo(reportId.toString());
            assertThat(JsonSchemas.violations("routing.v1.schema.json", reroutedMessage)).isEmpty();

            Map<String, Object> secondReturn = caseEvent("CaseReturned", "returned", UUID.fromString(caseId),
                    Db.takeCaseSequence(transactions, UUID.fromString(caseId)), "0501", place, "CGJ",
                    List.of(unit, "CGJ"), "a township matter");
            producer.send(Topics.CASES, caseId, json(secondReturn));
            String arbitrationMessage = Probes.await(decisions, v -> isCaseMessage(v, "CaseRerouted", caseId)
                    && read(v).path("arbitration").asBoolean(), WAIT).value();
            JsonNode arbitration = read(arbitrationMessage);
            assertThat(arbitration.path("assignee").path("code").asText()).isEqualTo(place.township() + "-CENTRE");
            assertThat(arbitration.path("assignee").path("kind").asText()).isEqualTo("township_centre");
            assertThat(arbitration.path("returns")).hasSize(2);
            assertThat(arbitration.findValuesAsText("department")).containsExactlyInAnyOrder(unit, "CGJ");
            assertThat(JsonSchemas.violations("routing.v1.schema.json", arbitrationMessage)).isEmpty();
        }
    }

    @Test
    void aReturnedCaseWithNoOtherMatchingDepartmentGoesToArbitrationAtOnce() {
        Place place = Place.somewhereNew();
        UUID reportId = UUID.randomUUID();
        try (TopicProbe decisions = TopicProbe.open(bootstrap, Topics.ROUTING);
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Topics.REPORTS, reportId.toString(), json(report(reportId, "0902", place, Instant.now())));
            String caseId = read(Probes.await(decisions, v -> isAbout(v, "CaseOpened", reportId), WAIT).value())
                    .path("caseId").asText();
            producer.send(Topics.CASES, caseId, json(caseEvent("CaseReturned", "returned", UUID.fromString(caseId),
                    Db.takeCaseSequence(transactions, UUID.fromString(caseId)), "0902", place, "RSJ",
                    List.of("RSJ"), "not ours")));
            JsonNode rerouted = read(Probes.await(decisions, v -> isCaseMessage(v, "CaseRerouted", caseId), WAIT).value());
            assertThat(rerouted.path("assignee").path("code").asText()).isEqualTo(place.township() + "-CENTRE");
            assertThat(rerouted.path("arbitration").asBoolean()).isTrue();
        }
    }
}
