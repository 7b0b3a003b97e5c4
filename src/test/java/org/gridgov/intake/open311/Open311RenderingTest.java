package org.gridgov.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

class Open311RenderingTest {

    private final Categories categories = Reports.categories();
    private final Map<String, Category> byCode = Map.of("0102", categories.find("0102").orElseThrow());

    @Test
    void servicesAreTheCategoriesInBothFormats() {
        Open311Document services = Open311Mapping.services(categories.all());
        assertThat(services.toJson()).startsWith("[{\"service_code\":\"0101\",\"service_name\":\"私搭乱建\"")
                .contains("\"metadata\":true", "\"type\":\"realtime\"");
        assertThat(services.toXml()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><services><service><service_code>0101</service_code>")
                .endsWith("</service></services>");
    }

    @Test
    void aReportWithoutCaseIsOpenAndShowsTheCategoryDefaultAgency() {
        String json = Open311Mapping.requests(List.of(report(null)), byCode, Open311Times.CHINA, r -> null).toJson();
        assertThat(json).contains("\"status\":\"open\"", "\"agency_responsible\":\"CGJ\"", "\"expected_datetime\":null",
                "\"lat\":36.6512", "\"long\":117.9803");
    }

    @Test
    void aClosedCaseIsClosedWithItsDepartmentAndDeadline() {
        CaseStatus closed = new CaseStatus(UUID.randomUUID(), "ZB-2026-000001", "closed", "370303102-CGZD",
                Instant.parse("2026-05-04T12:00:00Z"), "cleaned up", 7, Instant.parse("2026-05-04T11:00:00Z"));
        String xml = Open311Mapping.requests(List.of(report(closed)), byCode, Open311Times.CHINA, r -> null).toXml();
        assertThat(xml).contains("<status>closed</status>", "<status_notes>closed: cleaned up</status_notes>",
                "<agency_responsible>370303102-CGZD</agency_responsible>",
                "<expected_datetime>2026-05-04T20:00:00+08:00</expected_datetime>",
                "<updated_datetime>2026-05-04T19:00:00+08:00</updated_datetime>");
    }

    @Test
    void datetimesAreWrittenInTheJurisdictionsOffsetWithoutFractionalSeconds() {
        Report received = new Report(UUID.randomUUID(), UUID.randomUUID(), Source.CITIZEN, "app", "0102", "garbage",
                null, null, Crs.WGS84, "张店区", null, Map.of(), null, false, List.of(),
                Instant.parse("2026-05-04T06:59:59.123456Z"), Instant.parse("2026-05-04T07:01:02.987654321Z"), "f", null);
        String json = Open311Mapping.requests(List.of(received), byCode, Open311Times.CHINA, r -> null).toJson();
        assertThat(json).contains("\"requested_datetime\":\"2026-05-04T15:01:02+08:00\"",
                "\"updated_datetime\":\"2026-05-04T15:01:02+08:00\"");
        String utc = Open311Mapping.requests(List.of(received), byCode, new Open311Times(java.time.ZoneOffset.UTC), r -> null)
                .toJson();
        assertThat(utc).contains("\"requested_datetime\":\"2026-05-04T07:01:02+00:00\"");
    }

    @Test
    void anUploadedPhotoIsTheMediaUrlUnlessTheCitizenGaveOne() {
        Report withPhoto = new Report(UUID.randomUUID(), UUID.randomUUID(), Source.CITIZEN, "app", "0102", "garbage",
                null, null, Crs.WGS84, "张店区", null, Map.of(), null, false, List.of("ab".repeat(32)),
                Instant.parse("2026-05-04T07:00:00Z"), Instant.parse("2026-05-04T07:01:00Z"), "f", null);
        assertThat(Open311Mapping.requests(List.of(withPhoto), byCode, Open311Times.CHINA, r -> "https://311.example/m/1")
                .toXml()).contains("<media_url>https://311.example/m/1</media_url>");
    }

    @Test
    void aRatingAnswerNamesTheRequestAndTheRating() {
        assertThat(Open311Mapping.rated("r-1", "satisfied").toXml()).contains(
                "<service_requests><request><service_request_id>r-1</service_request_id><rating>satisfied</rating>");
    }

    @Test
    void textIsEscapedForXmlAndJson() {
        Open311Document document = Open311Mapping.error(400, "a <b> & \"c\"\n");
        assertThat(document.toXml()).contains("<description>a &lt;b&gt; &amp; &quot;c&quot;\n</description>");
        assertThat(document.toJson()).isEqualTo("[{\"code\":400,\"description\":\"a <b> & \\\"c\\\"\\n\"}]");
    }

    @Test
    void aServiceDefinitionOffersSeverityAsAList() {
        String xml = Open311Mapping.serviceDefinition(categories.find("0304").orElseThrow()).toXml();
        assertThat(xml).contains("<service_definition><service_code>0304</service_code><attributes><attribute>",
                "<values><value><key>low</key>");
    }

    private Report report(CaseStatus status) {
        return new Report(UUID.randomUUID(), UUID.randomUUID(), Source.CITIZEN, "app", "0102", "garbage",
                new Coordinates(36.6512, 117.9803), null, Crs.WGS84, null, null, Map.of(), null, false, List.of(),
                Instant.parse("2026-05-04T07:00:00Z"), Instant.parse("2026-05-04T07:01:00Z"), "f", status);
    }
}
