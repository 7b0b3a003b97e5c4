package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every Open311 GeoReport v2 endpoint, in .json and .xml, checked against the GeoReport v2 schemas. */
@MicronautTest(transactional = false)
class Open311ConformanceIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    IntakeApi api;
    String admin;
    String key;
    String keyId;

    @BeforeEach
    void aThirdPartyAppWithAKey() {
        api = new IntakeApi(client);
        admin = tokens.issue("open311-admin", Role.ADMIN);
        IntakeApi.Answer issued = api.post("/api/v1/open311/keys", Map.of("clientName", "zibo-311-app"), admin);
        assertThat(issued.status()).isEqualTo(201);
        key = issued.json().path("key").asText();
        keyId = issued.json().path("id").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void servicesAndServiceDefinitionsFollowTheSchemas(String format) {
        IntakeApi.Answer services = get("/open311/v2/services." + format);
        assertThat(services.status()).isEqualTo(200);
        assertThat(Open311Schemas.violations("services.json", parse(format, services.body()))).isEmpty();
        assertThat(parse(format, services.body()).size()).isEqualTo(32);

        IntakeApi.Answer definition = get("/open311/v2/services/0304." + format);
        assertThat(Open311Schemas.violations("service-definition.json", parse(format, definition.body()))).isEmpty();

        IntakeApi.Answer unknown = get("/open311/v2/services/7777." + format);
        assertThat(unknown.status()).isEqualTo(404);
        assertOpen311Error(format, unknown, 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void discoveryNamesTheEndpointAndItsFormats(String format) {
        IntakeApi.Answer discovery = get("/open311/v2/discovery." + format);
        assertThat(discovery.status()).isEqualTo(200);
        JsonNode body = parse(format, discovery.body());
        assertThat(body.path("endpoints").get(0).path("specification").asText()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(body.path("endpoints").get(0).path("url").asText()).endsWith("/open311/v2/");
        assertThat(body.path("endpoints").get(0).path("formats").toString()).contains("application/json", "text/xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void aCitizenRequestIsCreatedFollowedByIdAndTokenAndPublished(String format) {
        TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", key);
        form.put("service_code", "0102");
        form.put("lat", Double.toString(grid.lat()));
        form.put("long", Double.toString(grid.lon()));
        form.put("description", "路边有垃圾 & <rubbish>");
        form.put("attribute[severity]", "high");
        form.put("attribute[volume]", "3");
        form.put("media_url", "https://example.org/photo.jpg");
        try (TopicProbe reports = TopicProbe.open(bootstrap, Topics.REPORTS)) {
            IntakeApi.Answer created = postForm("/open311/v2/requests." + format, form);

            assertThat(created.status()).isEqualTo(201);
            JsonNode answer = parse(format, created.body());
            assertThat(Open311Schemas.eachViolates("RequestResponse", answer)).isEmpty();
            String id = answer.get(0).path("service_request_id").asText();
            String token = answer.get(0).path("token").asText();

            IntakeApi.Answer one = get("/open311/v2/requests/" + id + "." + format);
            JsonNode request = parse(format, one.body());
            assertThat(Open311Schemas.violations("requests.json", request)).isEmpty();
            assertThat(request.get(0).path("status").asText()).isEqualTo("open");
            assertThat(request.get(0).path("description").asText()).isEqualTo("路边有垃圾 & <rubbish>");
            assertThat(request.get(0).path("agency_responsible").asText()).isEqualTo("CGJ");
            assertThat(request.get(0).path("media_url").asText()).isEqualTo("https://example.org/photo.jpg");

            IntakeApi.Answer list = get("/open311/v2/requests." + format + "?service_code=0102&service_request_id=" + id);
            assertThat(Open311Schemas.violations("requests.json", parse(format, list.body()))).isEmpty();
            assertThat(parse(format, list.body()).size()).isEqualTo(1);

            IntakeApi.Answer byToken = get("/open311/v2/tokens/" + token + "." + format);
            JsonNode tokenAnswer = parse(format, byToken.body());
            assertThat(Open311Schemas.eachViolates("TokenResponse", tokenAnswer)).isEmpty();
            assertThat(tokenAnswer.get(0).path("service_request_id").asText()).isEqualTo(id);

            String message = reports.await(json -> json.contains(id), Duration.ofSeconds(30)).value();
            assertThat(JsonSchemas.violations("reports.v1.schema.json", message)).isEmpty();
            JsonNode published = Open311Schemas.json(message);
            assertThat(published.path("source").asText()).isEqualTo("citizen");
            assertThat(published.path("reporter").asText()).isEqualTo("zibo-311-app");
            assertThat(published.path("severity").asText()).isEqualTo("high");
            assertThat(published.path("grid").path("gridCode").asText()).isEqualTo(grid.code());
        }
    }

    @Test
    void aCitizenMayGiveOnlyAnAddressThenLocationAndGridAreNullOnTheWire() {
        Map<String, String> form = Map.of("api_key", key, "service_code", "0601", "address_string", "张店区 人民西路 1号",
                "description", "楼上漏水纠纷");
        try (TopicProbe reports = TopicProbe.open(bootstrap, Topics.REPORTS)) {
            IntakeApi.Answer created = postForm("/open311/v2/requests.json", form);
            assertThat(created.status()).isEqualTo(201);
            String id = created.json().get(0).path("service_request_id").asText();
            JsonNode request = get("/open311/v2/requests/" + id + ".json").json();
            assertThat(Open311Schemas.violations("requests.json", request)).isEmpty();
            assertThat(request.get(0).path("lat").isNull()).isTrue();
            assertThat(request.get(0).path("address").asText()).isEqualTo("张店区 人民西路 1号");

            String message = reports.await(json -> json.contains(id), Duration.ofSeconds(30)).value();
            assertThat(JsonSchemas.violations("reports.v1.schema.json", message)).isEmpty();
            assertThat(Open311Schemas.json(message).path("grid").isNull()).isTrue();
            assertThat(Open311Schemas.json(message).path("location").isNull()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void aRevokedKeyIsForbiddenAndAMissingKeyOrLocationIsABadRequest(String format) {
        assertThat(postForm("/open311/v2/requests." + format, Map.of("service_code", "0102", "address_string", "x")).status())
                .isEqualTo(400);
        IntakeApi.Answer noLocation = postForm("/open311/v2/requests." + format, Map.of("api_key", key, "service_code", "0102"));
        assertThat(noLocation.status()).isEqualTo(400);
        assertOpen311Error(format, noLocation, 400);
        assertThat(postForm("/open311/v2/requests." + format, Map.of("api_key", "o311_made-up", "service_code", "0102",
                "address_string", "x")).status()).isEqualTo(403);

        IntakeApi.Answer revoke = api.exchange(HttpRequest.DELETE("/api/v1/open311/keys/" + keyId).bearerAuth(admin));
        assertThat(revoke.status()).isEqualTo(204);
        IntakeApi.Answer refused = postForm("/open311/v2/requests." + format,
                Map.of("api_key", key, "service_code", "0102", "address_string", "张店区"));
        assertThat(refused.status()).isEqualTo(403);
        assertOpen311Error(format, refused, 403);
    }

    @Test
    void keysAreListedWithoutTheKeyAndOnlyAdminsManageThem() {
        IntakeApi.Answer list = api.get("/api/v1/open311/keys", admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(keyId).doesNotContain(key);
        String worker = tokens.issue("not-admin", Role.WORKER, java.util.List.of());
        assertThat(api.get("/api/v1/open311/keys", worker).status()).isEqualTo(403);
    }

    private void assertOpen311Error(String format, IntakeApi.Answer answer, int code) {
        JsonNode errors = parse(format, answer.body());
        assertThat(errors.isArray()).as(answer.body()).isTrue();
        assertThat(errors.get(0).path("code").asInt()).isEqualTo(code);
        assertThat(errors.get(0).path("description").asText()).isNotBlank();
    }

    private static JsonNode parse(String format, String body) {
        return format.equals("xml") ? Open311Schemas.xml(body) : Open311Schemas.json(body);
    }

    private IntakeApi.Answer get(String path) {
        return api.exchange(HttpRequest.GET(path));
    }

    private IntakeApi.Answer postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.exchange(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }
}
