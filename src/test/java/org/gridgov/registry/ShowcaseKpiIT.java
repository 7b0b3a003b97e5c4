package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ShowcaseKpiIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    @Value("${kafka.bootstrap.servers}")
    String bootstrap;

    private RegistryHttp api;
    private KafkaProducer<String, String> producer;
    private String siteId;

    @BeforeEach
    void aShowcaseSiteForAMeasure() {
        api = new RegistryHttp(http.toBlocking(), tokens.issue("reform", Role.REFORM_OFFICE, List.of()));
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producer = new KafkaProducer<>(config);
        UUID measure = api.newMeasure("示范点举措", "370303", true, true);
        siteId = "site-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/registry/sites", Map.of("id", siteId, "name", "测试示范点", "kind", "point", "measureId", measure,
                "lat", 36.75, "lon", 118.14));
    }

    @AfterEach
    void closeProducer() {
        producer.close(Duration.ofSeconds(5));
    }

    @Test
    @SuppressWarnings("unchecked")
    void kpisArrivingOnKafkaAppearOnTheShowcaseSite() throws Exception {
        String october = kpi(UUID.randomUUID(), siteId, "cases_this_month", 98, "2026-10", "2026-10-31T23:00:00Z");
        String november = kpi(UUID.randomUUID(), siteId, "cases_this_month", 120, "2026-11", "2026-11-28T10:00:00Z");
        // the newer figure is sent first: the latest is the one measured last, not the one received last
        producer.send(new ProducerRecord<>(Topics.KPI, siteId, november)).get();
        producer.send(new ProducerRecord<>(Topics.KPI, siteId, october)).get();
        producer.send(new ProducerRecord<>(Topics.KPI, siteId,
                kpi(UUID.randomUUID(), siteId, "satisfaction_rate", 0.97, "2026-11", "2026-11-28T10:00:00Z"))).get();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> kpis = (Map<String, Object>) api.get("/api/v1/registry/sites/" + siteId).get("kpis");
            assertThat(kpis).containsKeys("cases_this_month", "satisfaction_rate");
            Map<String, Object> cases = (Map<String, Object>) kpis.get("cases_this_month");
            assertThat((Map<String, Object>) cases.get("latest")).containsEntry("value", 120.0).containsEntry("period", "2026-11");
            assertThat((List<Map<String, Object>>) cases.get("history")).extracting(r -> r.get("period")).containsExactly("2026-10", "2026-11");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRedeliveredMessageIsStoredOnce() throws Exception {
        UUID eventId = UUID.randomUUID();
        String message = kpi(eventId, siteId, "mean_hours_to_close", 17.5, "2026-11", "2026-11-28T10:00:00Z");
        producer.send(new ProducerRecord<>(Topics.KPI, siteId, message)).get();
        producer.send(new ProducerRecord<>(Topics.KPI, siteId, message)).get();
        String marker = kpi(UUID.randomUUID(), siteId, "on_time_close_rate", 0.9, "2026-11", "2026-11-28T10:00:00Z");
        producer.send(new ProducerRecord<>(Topics.KPI, siteId, marker)).get();

        // the marker comes after both copies on the same partition: once it is in, both copies have been handled
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat((Map<String, Object>) api.get("/api/v1/registry/sites/" + siteId).get("kpis")).containsKey("on_time_close_rate"));
        Map<String, Object> kpis = (Map<String, Object>) api.get("/api/v1/registry/sites/" + siteId).get("kpis");
        assertThat((List<Object>) ((Map<String, Object>) kpis.get("mean_hours_to_close")).get("history")).hasSize(1);
    }

    @Test
    void aKpiForAnUnknownSiteGoesToTheDeadLetterTopic() throws Exception {
        String unknown = "no-such-site-" + UUID.randomUUID().toString().substring(0, 8);
        try (TopicProbe dlq = TopicProbe.open(bootstrap, Topics.dlq(Topics.KPI))) {
            producer.send(new ProducerRecord<>(Topics.KPI, unknown, kpi(UUID.randomUUID(), unknown, "cases_this_month", 1, "2026-11",
                    "2026-11-28T10:00:00Z"))).get();
            dlq.await(json -> json.contains(unknown), Duration.ofSeconds(30));
        }
    }

    @Test
    void anUnreadableKpiGoesToTheDeadLetterTopic() throws Exception {
        try (TopicProbe dlq = TopicProbe.open(bootstrap, Topics.dlq(Topics.KPI))) {
            String broken = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"KpiMeasured\",\"siteId\":\"" + siteId + "\"}";
            producer.send(new ProducerRecord<>(Topics.KPI, siteId, broken)).get();
            dlq.await(json -> json.contains(siteId), Duration.ofSeconds(30));
        }
    }

    @Test
    void theMessagesThisTestPublishesKeepTheContract() {
        assertThat(JsonSchemas.violations("kpi.v1.schema.json",
                kpi(UUID.randomUUID(), siteId, "cases_this_month", 98, "2026-10", "2026-10-31T23:00:00Z"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheReformOfficeOrAnAdminMayPostAKpiByHand() {
        Map<String, Object> body = Map.of("metric", "cases_this_month", "value", 7, "period", "2026-11", "measuredAt", "2026-11-28T10:00:00Z");
        String reform = tokens.issue("reform", Role.REFORM_OFFICE, List.of());
        var response = api.exchange(HttpRequest.POST("/api/v1/registry/sites/" + siteId + "/kpis", body).bearerAuth(reform));
        assertThat(response.getStatus().getCode()).isEqualTo(201);
        assertThat((Map<String, Object>) response.body().get("kpis")).containsKey("cases_this_month");
        api.problem(HttpStatus.UNAUTHORIZED, HttpRequest.POST("/api/v1/registry/sites/" + siteId + "/kpis", body));
        for (String other : List.of(tokens.issue("township", Role.TOWNSHIP, List.of("370303102")),
                tokens.issue("worker", Role.WORKER, List.of("370303102001001")),
                tokens.issue("dispatcher", Role.DISPATCHER, List.of("CGJ")))) {
            api.problem(HttpStatus.FORBIDDEN, HttpRequest.POST("/api/v1/registry/sites/" + siteId + "/kpis", body).bearerAuth(other));
        }
        api.problem(HttpStatus.BAD_REQUEST, HttpRequest.POST("/api/v1/registry/sites/" + siteId + "/kpis",
                Map.of("metric", "Bad Metric", "value", 1, "period", "2026-11", "measuredAt", "2026-11-28T10:00:00Z")).bearerAuth(reform));
    }

    @Test
    void aKpiDatedInTheFutureIsRefusedNamingTheField() {
        String reform = tokens.issue("reform", Role.REFORM_OFFICE, List.of());
        Map<String, Object> future = Map.of("metric", "cases_this_month", "value", 9999, "period", "2099-01",
                "measuredAt", "2099-01-01T00:00:00Z");

        api.problem(HttpStatus.UNPROCESSABLE_ENTITY,
                HttpRequest.POST("/api/v1/registry/sites/" + siteId + "/kpis", future).bearerAuth(reform));
        assertThat(api.get("/api/v1/registry/sites/" + siteId).toString()).doesNotContain("2099");
    }

    private static String kpi(UUID eventId, String site, String metric, double value, String period, String measuredAt) {
        return """
                {"eventId":"%s","type":"KpiMeasured","occurredAt":"%s","schemaVersion":1,"siteId":"%s","metric":"%s",\
                "value":%s,"unit":null,"period":"%s","measuredAt":"%s"}"""
                .formatted(eventId, measuredAt, site, metric, value, period, measuredAt);
    }
}
