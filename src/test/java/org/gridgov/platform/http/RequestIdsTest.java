package org.gridgov.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a log line written while handling a request says about what the request was about. */
class RequestIdsTest {

    private static final String CASE = "5f0e8a52-3c1b-4d2a-9e6f-0123456789ab";
    private static final String REPORT = "0b9c7e1d-2a3f-4b5c-8d6e-fedcba987654";

    @Test
    void aRequestAboutOneCaseNamesTheCase() {
        assertThat(RequestIds.diagnosticContext("r1", "/api/v1/cases/" + CASE + "/accept"))
                .containsEntry("requestId", "r1").containsEntry("caseId", CASE).doesNotContainKey("reportId");
        assertThat(RequestIds.diagnosticContext("r1", "/api/v1/cases/" + CASE.toUpperCase())).containsEntry("caseId", CASE);
    }

    @Test
    void aRequestAboutOneReportNamesTheReportFromTheApiAndFromOpen311() {
        assertThat(RequestIds.diagnosticContext("r2", "/api/v1/reports/" + REPORT + "/photos")).containsEntry("reportId", REPORT);
        assertThat(RequestIds.diagnosticContext("r2", "/open311/v2/requests/" + REPORT + ".json")).containsEntry("reportId", REPORT);
    }

    @Test
    void listsAndOtherPathsCarryOnlyTheRequestId() {
        assertThat(RequestIds.diagnosticContext("r3", "/api/v1/cases")).containsOnlyKeys("requestId");
        assertThat(RequestIds.diagnosticContext("r3", "/api/v1/cases/events")).containsOnlyKeys("requestId");
        assertThat(RequestIds.diagnosticContext("r3", "/api/v1/cases/not-a-uuid/accept")).containsOnlyKeys("requestId");
    }
}
