package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, the answer is a 4xx problem naming what is wrong, never a 500. */
@MicronautTest(transactional = false)
class BadInputIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    private RegistryHttp api;

    @BeforeEach
    void setUp() {
        api = new RegistryHttp(http.toBlocking(), tokens.issue("reform", Role.REFORM_OFFICE, List.of()));
    }

    @Test
    void aRoundCodeThatIsNotAHalfYearIsABadRequest() {
        api.problem(HttpStatus.BAD_REQUEST, HttpRequest.GET("/api/v1/registry/rounds/2018H3"));
        assertThat(api.problem(HttpStatus.BAD_REQUEST, api.asReformOffice(HttpRequest.POST("/api/v1/registry/rounds", Map.of("code", "2018-1"))))
                .toString()).contains("code");
    }

    @Test
    void anUnknownRoundIsNotFound() {
        api.problem(HttpStatus.NOT_FOUND, HttpRequest.GET("/api/v1/registry/rounds/1999H1"));
    }

    @Test
    void anUnknownStageIsABadRequestNamingTheField() {
        String code = api.openFreshRound();
        assertThat(api.problem(HttpStatus.BAD_REQUEST, api.asReformOffice(
                HttpRequest.POST("/api/v1/registry/rounds/" + code + "/stage", Map.of("stage", "voting")))).toString()).contains("stage");
    }

    @Test
    void aMeasureInAnUnknownDistrictIsUnprocessable() {
        Map<String, Object> problem = api.problem(HttpStatus.UNPROCESSABLE_ENTITY, api.asReformOffice(HttpRequest.POST("/api/v1/registry/measures",
                Map.of("title", "x " + UUID.randomUUID(), "domains", List.of("economy"), "leadUnit", "u", "district", "110101",
                        "informatizationDriven", true, "institutionalInnovation", false))));
        assertThat(problem.toString()).contains("district");
    }

    @Test
    void aMeasureWithoutDomainsIsABadRequest() {
        Map<String, Object> problem = api.problem(HttpStatus.BAD_REQUEST, api.asReformOffice(HttpRequest.POST("/api/v1/registry/measures",
                Map.of("title", "x " + UUID.randomUUID(), "domains", List.of(), "leadUnit", "u", "district", "370303",
                        "informatizationDriven", true, "institutionalInnovation", false))));
        assertThat(problem.toString()).contains("domains");
    }

    @Test
    void aSecondMeasureWithTheSameTitleIsAConflict() {
        String title = "同名举措 " + UUID.randomUUID();
        Map<String, Object> body = Map.of("title", title, "domains", List.of("economy"), "leadUnit", "u", "district", "370303",
                "informatizationDriven", true, "institutionalInnovation", false);
        api.post("/api/v1/registry/measures", body);
        api.problem(HttpStatus.CONFLICT, api.asReformOffice(HttpRequest.POST("/api/v1/registry/measures", body)));
    }

    @Test
    void nominatingAnUnknownMeasureIsNotFound() {
        String code = api.openFreshRound();
        api.problem(HttpStatus.NOT_FOUND, api.asReformOffice(HttpRequest.POST("/api/v1/registry/rounds/" + code + "/nominations",
                Map.of("measureId", UUID.randomUUID(), "nominator", "370303", "nominatorKind", "district", "evidence", "e"))));
    }

    @Test
    void aMalformedIdOrBodyIsABadRequest() {
        api.problem(HttpStatus.BAD_REQUEST, HttpRequest.GET("/api/v1/registry/measures/not-a-uuid"));
        api.problem(HttpStatus.BAD_REQUEST, api.asReformOffice(HttpRequest.POST("/api/v1/registry/measures", "{not json")
                .contentType("application/json")));
    }

    @Test
    void aSummaryPeriodThatIsNotAHalfYearIsABadRequest() {
        api.problem(HttpStatus.BAD_REQUEST, HttpRequest.GET("/api/v1/registry/summary?from=2016"));
    }

    @Test
    void selectionCannotBeSetByHand() {
        UUID measure = api.newMeasure("手工入选", "370303", true, true);
        api.problem(HttpStatus.CONFLICT, api.asReformOffice(HttpRequest.PUT("/api/v1/registry/measures/" + measure + "/status",
                Map.of("status", "selected"))));
    }

    @Test
    void aCandidateIsNotAdoptedBeforeItIsSelected() {
        UUID measure = api.newMeasure("未入选推广", "370303", true, true);
        api.problem(HttpStatus.CONFLICT, api.asReformOffice(HttpRequest.POST("/api/v1/registry/measures/" + measure + "/adoptions",
                Map.of("district", "370305", "adoptedOn", "2018-01-01"))));
    }

    @Test
    void anUnknownSiteIsNotFoundForReadersAndReporters() {
        api.problem(HttpStatus.NOT_FOUND, HttpRequest.GET("/api/v1/registry/sites/no-such-site"));
        api.problem(HttpStatus.NOT_FOUND, api.asReformOffice(HttpRequest.POST("/api/v1/registry/sites/no-such-site/kpis",
                Map.of("metric", "cases_this_month", "value", 1, "period", "2026-11", "measuredAt", "2026-11-28T10:00:00Z"))));
    }
}
