package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.EvidencePhotoUploads;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * A citizen reports through Open311, the township and the department close the loop in the
 * console's API, and the citizen rates the closed case with the request's token: intake accepts the
 * rating once, sends it on gridgov.ratings.v1, and dispatch records it on the case as the reporter's
 * rating (timeline and CaseRated on gridgov.cases.v1), where the satisfaction figures count it.
 */
@MicronautTest(transactional = false)
class CitizenRatingIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @Test
    void aCitizenRatesTheClosedCaseOfItsRequestOnceWithItsToken() {
        IntakeApi api = new IntakeApi(client);
        String admin = tokens.issue("rating-admin", Role.ADMIN);
        String key = api.post("/api/v1/open311/keys", Map.of("clientName", "rating-app"), admin).json().path("key").asText();
        TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        IntakeApi.Answer created = postForm(api, "/open311/v2/requests.json", Map.of("api_key", key, "service_code", "0102",
                "lat", Double.toString(grid.lat()), "long", Double.toString(grid.lon()), "description", "路边垃圾 to be rated"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get(0).path("service_request_id").asText();
        String token = created.json().get(0).path("token").asText();

        IntakeApi.Answer tooEarly = rate(api, id, "json", Map.of("token", token, "rating", "satisfied"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get(0).path("description").asText()).contains("closed");

        String caseId = closeTheLoop(api, admin, grid, id);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "closed".equals(api.exchange(HttpRequest.GET("/open311/v2/requests/" + id + ".json")).json().get(0).path("status").asText()));

        IntakeApi.Answer noToken = rate(api, id, "xml", Map.of("rating", "satisfied"));
        assertThat(noToken.status()).isEqualTo(400);
        assertThat(Open311Schemas.xml(noToken.body()).get(0).path("description").asText()).contains("token");
        IntakeApi.Answer otherToken = rate(api, id, "json", Map.of("token", java.util.UUID.randomUUID().toString(), "rating", "satisfied"));
        assertThat(otherToken.status()).isEqualTo(403);
        IntakeApi.Answer offScale = rate(api, id, "json", Map.of("token", token, "rating", "5"));
        assertThat(offScale.status()).isEqualTo(400);
        assertThat(offScale.json().get(0).path("description").asText()).contains("rating");
        assertThat(rate(api, java.util.UUID.randomUUID().toString(), "json", Map.of("token", token, "rating", "satisfied")).status())
                .isEqualTo(404);

        try (TopicProbe ratings = TopicProbe.open(bootstrap, Topics.RATINGS); TopicProbe cases = TopicProbe.open(bootstrap, Topics.CASES)) {
            IntakeApi.Answer rated = rate(api, id, "xml", Map.of("token", token, "rating", "satisfied", "comment", "很快就清理了"));
            assertThat(rated.status()).as(rated.body()).isEqualTo(201);
            assertThat(Open311Schemas.xml(rated.body()).get(0).path("rating").asText()).isEqualTo("satisfied");
            assertThat(rate(api, id, "json", Map.of("token", token, "rating", "dissatisfied")).status()).isEqualTo(409);

            String message = ratings.await(json -> json.contains(id), Duration.ofSeconds(30)).value();
            assertThat(JsonSchemas.violations("ratings.v1.schema.json", message)).isEmpty();
            assertThat(cases.await(json -> json.contains(caseId) && json.contains("\"CaseRated\""), Duration.ofSeconds(30)).value())
                    .contains("satisfied");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "satisfied".equals(caseView(api, admin, caseId).path("rating").asText()));
        JsonNode timeline = caseView(api, admin, caseId).path("timeline");
        assertThat(timeline.get(timeline.size() - 1).path("action").asText()).isEqualTo("rate");
        assertThat(timeline.get(timeline.size() - 1).path("actor").asText()).isEqualTo("rating-app");
    }

    /** 立案 by the township, 受理 and 办结 by the department, 核查 by the grid's worker, 结案 by the township. */
    private String closeTheLoop(IntakeApi api, String admin, TestGrid grid, String requestId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !api.get("/api/v1/reports/" + requestId, admin).json().path("caseStatus").path("id").isMissingNode()
                        && !api.get("/api/v1/reports/" + requestId, admin).json().path("caseStatus").path("id").isNull());
        String caseId = api.get("/api/v1/reports/" + requestId, admin).json().path("caseStatus").path("id").asText();
        String township = tokens.issue("rating-township", Role.TOWNSHIP, List.of(grid.township()));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/cases/" + caseId, township).status() == 200);
        JsonNode registered = act(api, township, caseId, "register", Map.of());
        assertThat(registered.path("state").asText()).as(registered.toString()).isEqualTo("dispatched");
        String department = tokens.issue("rating-department", Role.DISPATCHER, List.of(registered.path("department").asText()));
        String worker = tokens.issue("rating-worker", Role.WORKER, List.of(grid.code()));
        act(api, department, caseId, "accept", Map.of());
        String photo = EvidencePhotoUploads.upload(client, worker);
        assertThat(act(api, department, caseId, "resolve", Map.of("note", "cleaned", "photos", List.of(photo)))
                .path("state").asText()).isEqualTo("resolved");
        assertThat(act(api, worker, caseId, "verify", Map.of("passed", true, "photos", List.of(photo)))
                .path("state").asText()).isEqualTo("verified");
        assertThat(act(api, township, caseId, "close", Map.of()).path("state").asText()).isEqualTo("closed");
        return caseId;
    }

    private static JsonNode act(IntakeApi api, String token, String caseId, String action, Object body) {
        IntakeApi.Answer current = api.get("/api/v1/cases/" + caseId, token);
        String etag = current.response().header("ETag");
        IntakeApi.Answer answer = api.exchange(HttpRequest.POST("/api/v1/cases/" + caseId + "/" + action, body)
                .bearerAuth(token).header("If-Match", etag));
        assertThat(answer.status()).as(action + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode caseView(IntakeApi api, String admin, String caseId) {
        return api.get("/api/v1/cases/" + caseId, admin).json();
    }

    private static IntakeApi.Answer rate(IntakeApi api, String id, String format, Map<String, String> form) {
        return postForm(api, "/open311/v2/requests/" + id + "/rating." + format, form);
    }

    private static IntakeApi.Answer postForm(IntakeApi api, String path, Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.exchange(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }
}
