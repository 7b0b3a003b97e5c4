package org.gridgov.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridgov.support.TestDatabase;

/**
 * Follows every report the phones made through the loop, in each service's own tables and through
 * intake's API: stored once under its client id, routed once, in exactly one case of dispatch (a
 * case of its own: the reports lie apart), and shown to its worker with that case.
 */
final class ReportTrail {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestDatabase database;
    private final URI intake;

    ReportTrail(TestDatabase database, URI intake) {
        this.database = database;
        this.intake = intake;
    }

    /** Every report made was taken by intake, none refused. */
    List<FieldPhone.Delivered> allDelivered(FieldWork field) {
        List<FieldPhone.Delivered> delivered = field.phones().stream().flatMap(phone -> phone.delivered().stream()).toList();
        assertThat(field.phones().stream().flatMap(phone -> phone.refused().stream()).toList()).as("reports refused").isEmpty();
        assertThat(delivered).as("reports taken by intake").hasSize(field.made());
        return delivered;
    }

    /** Waits until every report has reached its case in dispatch and intake knows the case, then checks each step. */
    void everyReportBecameExactlyOneCase(FieldWork field, Duration timeout) {
        List<FieldPhone.Delivered> delivered = allDelivered(field);
        String reportIds = array(delivered.stream().map(FieldPhone.Delivered::reportId).toList());
        int reports = delivered.size();

        await().atMost(timeout).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(count("SELECT count(*) FROM routing.routed_report WHERE report_id = ANY (?::uuid[])", reportIds))
                    .as("reports routed").isEqualTo(reports);
            assertThat(count("SELECT count(DISTINCT report_id) FROM dispatch.case_report WHERE report_id = ANY (?::uuid[])", reportIds))
                    .as("reports in a case of dispatch").isEqualTo(reports);
            assertThat(count("SELECT count(*) FROM intake.report r JOIN intake.case_status c ON c.case_id = r.case_id "
                    + "WHERE r.id = ANY (?::uuid[])", reportIds)).as("reports whose case intake knows").isEqualTo(reports);
        });

        Map<UUID, UUID> clientIdsStored = database.list("SELECT client_report_id, id FROM intake.report WHERE id = ANY (?::uuid[])",
                row -> Map.entry(row.getObject(1, UUID.class), row.getObject(2, UUID.class)), reportIds).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(clientIdsStored).as("one stored report per client id, the one the phone was answered with")
                .isEqualTo(delivered.stream().collect(Collectors.toMap(FieldPhone.Delivered::clientReportId,
                        FieldPhone.Delivered::reportId)));
        String clientIds = array(delivered.stream().map(FieldPhone.Delivered::clientReportId).toList());
        assertThat(count("SELECT count(*) FROM intake.report WHERE client_report_id = ANY (?::uuid[])", clientIds))
                .as("reports stored").isEqualTo(reports);

        assertThat(count("SELECT count(DISTINCT case_id) FROM routing.routed_report WHERE report_id = ANY (?::uuid[]) "
                + "AND outcome = 'CASE_OPENED'", reportIds)).as("cases routing opened, one per report").isEqualTo(reports);
        assertThat(count("SELECT count(*) FROM dispatch.case_report WHERE report_id = ANY (?::uuid[])", reportIds))
                .as("links of these reports to cases in dispatch").isEqualTo(reports);
        assertThat(count("SELECT count(*) FROM dispatch.dispatch_case c WHERE EXISTS (SELECT 1 FROM dispatch.case_report l "
                + "WHERE l.case_id = c.id AND l.report_id = ANY (?::uuid[]))", reportIds)).as("cases in dispatch").isEqualTo(reports);
        assertThat(count("SELECT count(*) FROM dispatch.dispatch_case c JOIN dispatch.case_report l ON l.case_id = c.id "
                + "WHERE l.report_id = ANY (?::uuid[]) AND c.report_count <> 1", reportIds)).as("cases with other than one report")
                .isZero();
        assertThat(count("SELECT count(*) FROM routing.routed_report r JOIN dispatch.case_report l ON l.report_id = r.report_id "
                + "JOIN intake.report i ON i.id = r.report_id WHERE r.report_id = ANY (?::uuid[]) "
                + "AND l.case_id = r.case_id AND i.case_id = r.case_id", reportIds))
                .as("reports whose case is the same in routing, dispatch and intake").isEqualTo(reports);
        assertThat(count("SELECT count(*) FROM dispatch.timeline_entry t JOIN dispatch.case_report l ON l.case_id = t.case_id "
                + "WHERE l.report_id = ANY (?::uuid[]) AND t.from_state IS NULL", reportIds))
                .as("cases opened in dispatch's timelines").isEqualTo(reports);

        everyPhoneShowsItsCase(field);
    }

    /** What the worker sees: {@code GET /api/v1/reports/{id}} shows the report with its case. */
    private void everyPhoneShowsItsCase(FieldWork field) {
        HttpClient http = HttpClient.newHttpClient();
        for (FieldPhone phone : field.phones()) {
            for (FieldPhone.Delivered report : phone.delivered()) {
                JsonNode view = get(http, "/api/v1/reports/" + report.reportId(), phone.token());
                UUID caseId = database.one("SELECT case_id FROM routing.routed_report WHERE report_id = ?",
                        row -> row.getObject(1, UUID.class), report.reportId()).orElseThrow();
                assertThat(view.path("clientReportId").asText()).isEqualTo(report.clientReportId().toString());
                assertThat(view.path("caseStatus").path("id").asText()).as("case shown with report %s", report.reportId())
                        .isEqualTo(caseId.toString());
            }
        }
    }

    private JsonNode get(HttpClient http, String path, String token) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(intake.resolve(path)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("GET " + path, e);
        }
    }

    private long count(String sql, String uuids) {
        return database.one(sql, row -> row.getLong(1), uuids).orElseThrow();
    }

    private static String array(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
