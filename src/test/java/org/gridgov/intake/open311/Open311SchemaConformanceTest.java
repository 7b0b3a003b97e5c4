package org.gridgov.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.intake.Open311Schemas;
import org.gridgov.intake.domain.CaseStatus;
import org.gridgov.intake.domain.Categories;
import org.gridgov.intake.domain.Category;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.Crs;
import org.gridgov.intake.domain.Open311Times;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.Reports;
import org.gridgov.intake.domain.Source;
import org.junit.jupiter.api.Test;

/** The rendered documents, in both formats, satisfy the GeoReport v2 schemas. */
class Open311SchemaConformanceTest {

    private final Categories categories = Reports.categories();
    private final Map<String, Category> byCode = Map.of("0102", categories.find("0102").orElseThrow());

    @Test
    void servicesValidateAsJsonAndAsXml() {
        Open311Document services = Open311Mapping.services(categories.all());
        assertThat(Open311Schemas.violations("services.json", Open311Schemas.json(services.toJson()))).isEmpty();
        assertThat(Open311Schemas.violations("services.json", Open311Schemas.xml(services.toXml()))).isEmpty();
    }

    @Test
    void aServiceDefinitionValidatesAsJsonAndAsXml() {
        Open311Document definition = Open311Mapping.serviceDefinition(categories.find("0304").orElseThrow());
        assertThat(Open311Schemas.violations("service-definition.json", Open311Schemas.json(definition.toJson()))).isEmpty();
        assertThat(Open311Schemas.violations("service-definition.json", Open311Schemas.xml(definition.toXml()))).isEmpty();
    }

    @Test
    void requestsWithAndWithoutLocationAndCaseValidate() {
        CaseStatus dispatched = new CaseStatus(UUID.randomUUID(), "ZB-2026-000002", "dispatched", "CGJ",
                Instant.parse("2026-05-05T08:00:00Z"), null, 3, Instant.parse("2026-05-04T09:00:00Z"));
        Open311Document requests = Open311Mapping.requests(List.of(report(new Coordinates(36.65, 117.98), null, Map.of()),
                report(null, dispatched, Map.of("media_url", "https://example.org/p.jpg"))), byCode, Open311Times.CHINA, r -> null);
        assertThat(Open311Schemas.violations("requests.json", Open311Schemas.json(requests.toJson()))).isEmpty();
        assertThat(Open311Schemas.violations("requests.json", Open311Schemas.xml(requests.toXml()))).isEmpty();
    }

    @Test
    void aSchemaViolationIsActuallyDetected() {
        JsonNode broken = Open311Schemas.json("[{\"service_request_id\":\"1\",\"status\":\"pending\",\"service_code\":\"0102\",\"requested_datetime\":\"2026-05-04T07:01:00Z\"}]");
        assertThat(Open311Schemas.violations("requests.json", broken)).isNotEmpty();
    }

    @Test
    void creationAndTokenAnswersValidateAgainstTheSwaggerDefinitions() {
        Report report = report(new Coordinates(36.65, 117.98), null, Map.of());
        Open311Document created = Open311Mapping.created(report, UUID.randomUUID().toString());
        assertThat(Open311Schemas.eachViolates("RequestResponse", Open311Schemas.json(created.toJson()))).isEmpty();
        assertThat(Open311Schemas.eachViolates("RequestResponse", Open311Schemas.xml(created.toXml()))).isEmpty();
        Open311Document token = Open311Mapping.token("t-1", report.id().toString());
        assertThat(Open311Schemas.eachViolates("TokenResponse", Open311Schemas.xml(token.toXml()))).isEmpty();
    }

    private static Report report(Coordinates at, CaseStatus status, Map<String, Object> attributes) {
        return new Report(UUID.randomUUID(), UUID.randomUUID(), Source.CITIZEN, "app", "0102", "garbage <here>", at, null,
                Crs.WGS84, at == null ? "张店区 某路 1号" : null, null, attributes, null, false, List.of(),
                Instant.parse("2026-05-04T07:00:00Z"), Instant.parse("2026-05-04T07:01:00Z"), "f", status);
    }
}
