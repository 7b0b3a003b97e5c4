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
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.RawHttp;
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
    @Inject io.micronaut.runtime.server.EmbeddedServer server;
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
        assertThat(body.path("endpoints").get(0).path("url").asText()).endsWith("/open311/v2");
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

    /** The Java client sends Accept: text/xml (even for .json); the Node client sends no Accept at all. */
    @ParameterizedTest
    @ValueSource(strings = {"text/xml", "application/xml", "*/*", "application/json", "text/xml, application/json;q=0.5", ""})
    void theExtensionChoosesTheFormatWhateverTheAcceptHeaderSays(String accept) {
        for (String path : java.util.List.of("/open311/v2/discovery", "/open311/v2/services", "/open311/v2/services/0304",
                "/open311/v2/requests", "/open311/v2/services/7777")) {
            RawHttp.Answer xml = raw(path + ".xml", accept);
            assertThat(xml.status()).as(path + " " + accept).isIn(200, 404);
            assertThat(xml.contentType()).as(path).startsWith("text/xml");
            assertThat(xml.body()).startsWith("<?xml");
            RawHttp.Answer json = raw(path + ".json", accept);
            assertThat(json.status()).as(path + " " + accept).isIn(200, 404);
            assertThat(json.contentType()).as(path).startsWith("application/json");
            Open311Schemas.json(json.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void errorsRaisedByTheFrameworkComeInOpen311Form(String format) {
        RawHttp http = new RawHttp(server.getURI());
        RawHttp.Answer noRoute = http.send("GET", "/open311/v2/nothing/at/all." + format, Map.of(), null);
        assertThat(noRoute.status()).isEqualTo(404);
        assertOpen311Error(format, noRoute.body(), noRoute.contentType(), 404);

        RawHttp.Answer wrongMethod = http.send("DELETE", "/open311/v2/services." + format, Map.of(), null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertOpen311Error(format, wrongMethod.body(), wrongMethod.contentType(), 405);

        RawHttp.Answer json = http.send("POST", "/open311/v2/requests." + format, Map.of("Content-Type", "application/json"),
                "{\"service_code\":\"0102\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(json.status()).isEqualTo(415);
        assertOpen311Error(format, json.body(), json.contentType(), 415);

        byte[] huge = ("api_key=" + key + "&description=" + "x".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer tooLarge = http.send("POST", "/open311/v2/requests." + format,
                Map.of("Content-Type", "application/x-www-form-urlencoded"), huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertOpen311Error(format, tooLarge.body(), tooLarge.contentType(), 413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void aMobileAppPostsItsFieldsAndAPhotoAsMultipart(String format) {
        TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        byte[] photo = org.gridgov.intake.domain.Pictures.png();
        photo[20] = (byte) java.util.concurrent.ThreadLocalRandom.current().nextInt(256);
        io.micronaut.http.client.multipart.MultipartBody body = io.micronaut.http.client.multipart.MultipartBody.builder()
                .addPart("api_key", key).addPart("service_code", "0102")
                .addPart("lat", Double.toString(grid.lat())).addPart("long", Double.toString(grid.lon()))
                .addPart("description", "井盖缺失 multipart").addPart("attribute[severity]", "high")
                .addPart("media", "photo.png", MediaType.IMAGE_PNG_TYPE, photo).build();
        IntakeApi.Answer created = api.exchange(HttpRequest.POST("/open311/v2/requests." + format, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = parse(format, created.body()).get(0).path("service_request_id").asText();
        JsonNode request = parse(format, get("/open311/v2/requests/" + id + "." + format).body()).get(0);
        assertThat(request.path("description").asText()).isEqualTo("井盖缺失 multipart");
        String mediaUrl = request.path("media_url").asText();
        assertThat(mediaUrl).endsWith("/open311/v2/requests/" + id + "/media/1");
        IntakeApi.Answer media = api.exchange(HttpRequest.GET(java.net.URI.create(mediaUrl).getPath()));
        assertThat(media.status()).isEqualTo(200);
        assertThat(media.response().getContentType().map(Object::toString)).contains("image/png");

        io.micronaut.http.client.multipart.MultipartBody notAPicture = io.micronaut.http.client.multipart.MultipartBody.builder()
                .addPart("api_key", key).addPart("service_code", "0102").addPart("address_string", "张店区 人民西路 1号")
                .addPart("media", "photo.png", MediaType.IMAGE_PNG_TYPE, "not a picture".getBytes(StandardCharsets.UTF_8)).build();
        IntakeApi.Answer refused = api.exchange(HttpRequest.POST("/open311/v2/requests." + format, notAPicture)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(refused.status()).isEqualTo(400);
        assertOpen311Error(format, refused, 400);
        assertThat(parse(format, refused.body()).get(0).path("description").asText()).contains("media");
    }

    @Test
    void serviceCodesAreAListAndRequestIdsOverrideEveryOtherArgument() {
        String rubbish = created("0102");
        String dispute = created("0601");
        String unknown = UUID.randomUUID().toString();

        JsonNode both = get("/open311/v2/requests.json?service_code=0102,0601&start_date=" + today()).json();
        assertThat(ids(both)).contains(rubbish, dispute);
        assertThat(ids(get("/open311/v2/requests.json?service_code=0601&start_date=" + today()).json()))
                .contains(dispute).doesNotContain(rubbish);

        // service_code, dates and status are ignored once ids are given; an unknown or malformed id is left out
        JsonNode byIds = get("/open311/v2/requests.json?service_request_id=" + rubbish + "," + unknown + ",not-an-id,%20" + dispute
                + "&service_code=9999&status=closed&start_date=2000-01-01&end_date=2000-01-02").json();
        assertThat(ids(byIds)).containsExactlyInAnyOrder(rubbish, dispute);
        assertThat(get("/open311/v2/requests.json?service_request_id=" + unknown).json().size()).isZero();
        assertThat(get("/open311/v2/requests.json?service_request_id=not-an-id").json().size()).isZero();
        assertThat(Open311Schemas.violations("requests.json", byIds)).isEmpty();
    }

    @Test
    void datetimesAreWholeSecondsInChinaTimeAndDatesAreReadAsClientsWriteThem() {
        String id = created("0102");
        JsonNode request = get("/open311/v2/requests/" + id + ".json").json().get(0);
        assertThat(request.path("requested_datetime").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
        assertThat(request.path("updated_datetime").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");

        String requested = request.path("requested_datetime").asText();
        // the Java client writes the + of the offset raw into the query, where it means a space
        assertThat(requested).contains("+");
        assertThat(ids(new RawHttp(server.getURI()).send("GET", "/open311/v2/requests.json?start_date=" + requested
                + "&service_code=0102", Map.of(), null).json())).contains(id);
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        assertThat(ids(get("/open311/v2/requests.json?start_date=" + today() + "&end_date=" + today()
                + "&service_code=0102").json())).contains(id);
        assertThat(ids(get("/open311/v2/requests.json?start_date=" + tomorrow + "&service_code=0102").json()))
                .doesNotContain(id);
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
        assertOpen311Error(format, answer.body(), answer.response().getContentType().map(Object::toString).orElse(""), code);
    }

    private void assertOpen311Error(String format, String body, String contentType, int code) {
        assertThat(contentType).as(body).startsWith(format.equals("xml") ? "text/xml" : "application/json");
        JsonNode errors = parse(format, body);
        assertThat(errors.isArray()).as(body).isTrue();
        assertThat(errors.get(0).path("code").asInt()).isEqualTo(code);
        assertThat(errors.get(0).path("description").asText()).isNotBlank();
    }

    private static JsonNode parse(String format, String body) {
        return format.equals("xml") ? Open311Schemas.xml(body) : Open311Schemas.json(body);
    }

    private RawHttp.Answer raw(String path, String accept) {
        return new RawHttp(server.getURI()).send("GET", path, accept.isEmpty() ? Map.of() : Map.of("Accept", accept), null);
    }

    private String created(String serviceCode) {
        IntakeApi.Answer created = postForm("/open311/v2/requests.json", Map.of("api_key", key, "service_code", serviceCode,
                "address_string", "张店区 人民西路 1号", "description", "list " + serviceCode));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get(0).path("service_request_id").asText();
    }

    private static java.util.List<String> ids(JsonNode requests) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        requests.forEach(request -> ids.add(request.path("service_request_id").asText()));
        return ids;
    }

    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
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
