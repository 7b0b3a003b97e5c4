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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.dispatch.RoutingMessages.Place;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.KafkaTestProducer;
import org.gridgov.support.MutableClock;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * Many reports of one event linked to one case: each link is one small event (the report it
 * adds and the new count, never the list), numbered in the case's sequence, and the case's
 * reports are read a page at a time, scoped like the case.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.maximum-pool-size", value = "6")
@Property(name = "dispatch.test.clock", value = "mutable")
@Property(name = "gridgov.dispatch.scheduler.enabled", value = "false")
class HotCaseIT {

    private static final int LINKS = 300;

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject MutableClock clock;
    @Inject ObjectMapper json;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @Test
    @SuppressWarnings("unchecked")
    void everyLinkIsOneSmallNumberedEventAndTheReportsArePaged() throws IOException {
        clock.set(DispatchTestClock.START.plus(Duration.ofDays(200)));
        Place place = Place.fresh();
        UUID caseId = UUID.randomUUID();
        CaseHttp http = new CaseHttp(client);
        String township = tokens.issue("township-" + place.township(), Role.TOWNSHIP, List.of(place.township()));
        List<UUID> linked = new ArrayList<>();
        try (KafkaTestProducer producer = new KafkaTestProducer(bootstrap);
             TopicProbe cases = TopicProbe.open(bootstrap, Topics.CASES)) {
            producer.send(Topics.ROUTING, caseId.toString(),
                    RoutingMessages.caseOpened(caseId, "worker", "w1", place, "CGJ", false, 5, clock.instant()));
            for (int i = 0; i < LINKS; i++) {
                UUID report = UUID.randomUUID();
                linked.add(report);
                producer.send(Topics.ROUTING, caseId.toString(), RoutingMessages.reportLinked(caseId, report, place, clock.instant()));
            }
            // routing's decision delivered again: the report is on the case once, and no event follows
            producer.send(Topics.ROUTING, caseId.toString(),
                    RoutingMessages.reportLinked(caseId, linked.get(7), place, clock.instant()));

            // until dispatch has opened the case, the answer is a 404 without a reportCount
            await().atMost(Duration.ofSeconds(120)).until(() ->
                    http.get(township, caseId).body().get("reportCount") instanceof Number count && count.intValue() == LINKS + 1);
            List<Map<String, Object>> events = new ArrayList<>();
            List<Integer> linkEventSizes = new ArrayList<>();
            cases.await(v -> v.contains(caseId.toString()) && v.contains(linked.get(LINKS - 1).toString()), Duration.ofSeconds(60));
            for (ConsumerRecord<String, String> record : cases.drain(Duration.ofSeconds(1))) {
                if (caseId.toString().equals(record.key())) {
                    assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", record.value()))
                            .as(record.value()).isEmpty();
                    Map<String, Object> event = json.readValue(record.value(), Map.class);
                    events.add(event);
                    if ("ReportLinked".equals(event.get("type"))) {
                        linkEventSizes.add(record.value().getBytes(StandardCharsets.UTF_8).length);
                    }
                }
            }

            assertThat(events).extracting(e -> ((Number) e.get("sequence")).longValue())
                    .as("numbered 1, 2, 3, … without gaps or repeats")
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, events.size()).boxed().toList());
            assertThat(events).extracting(e -> e.get("type")).startsWith("CaseReported", "CaseRegistered", "CaseDispatched");
            assertThat(events).noneMatch(e -> e.containsKey("reportIds"));
            List<Map<String, Object>> links = events.stream().filter(e -> "ReportLinked".equals(e.get("type"))).toList();
            assertThat(links).hasSize(LINKS);
            assertThat(links).extracting(e -> e.get("reportId"))
                    .containsExactlyElementsOf(linked.stream().map(UUID::toString).toList());
            assertThat(links).extracting(e -> ((Number) e.get("reportCount")).intValue())
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2, LINKS + 1).boxed().toList());
            // O(1): the 300th link event is as large as the first, but for the digits that three
            // counters (version, sequence, reportCount) gain from 1 to 3 digits
            assertThat(linkEventSizes.get(LINKS - 1) - linkEventSizes.get(0)).isBetween(0, 6);
            assertThat(linkEventSizes).allMatch(size -> size < 2_000);
        }

        Set<String> paged = new HashSet<>();
        int expectedPosition = 1;
        for (int page = 0; page < 4; page++) {
            Map<String, Object> body = http.get(township, "/api/v1/cases/" + caseId + "/reports?page=" + page + "&size=100").body();
            assertThat(((Number) body.get("totalItems")).intValue()).isEqualTo(LINKS + 1);
            assertThat(((Number) body.get("totalPages")).intValue()).isEqualTo(4);
            for (Map<String, Object> item : (List<Map<String, Object>>) body.get("items")) {
                assertThat(((Number) item.get("position")).intValue()).isEqualTo(expectedPosition++);
                paged.add((String) item.get("reportId"));
            }
        }
        assertThat(paged).hasSize(LINKS + 1).containsAll(linked.stream().map(UUID::toString).toList());

        String otherTownship = tokens.issue("township-elsewhere", Role.TOWNSHIP, List.of("370399999"));
        assertThat(http.get(otherTownship, "/api/v1/cases/" + caseId + "/reports").status()).isEqualTo(404);
        assertThat(http.get(township, "/api/v1/cases/" + caseId + "/reports?size=501").status()).isEqualTo(400);
        assertThat(http.get(township, "/api/v1/cases/" + caseId + "/reports?page=-1").status()).isEqualTo(400);
    }
}
