package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.platform.security.Role;
import org.gridgov.support.RawHttp;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flows of the two Open311 GeoReport v2 clients Code for America published, replayed byte for
 * byte as they put them on the wire: discovery, services, a service definition, POST a request,
 * the token, the request, the list — in XML and in JSON.
 *
 * <ul>
 *   <li>codeforamerica/open311_java (Apache HttpClient 4): every GET carries {@code Accept} and
 *       {@code Content-Type} of the wrapper's network manager, which stays {@code text/xml} even for
 *       a JSON wrapper built from an endpoint URL; query values are appended unencoded (a date's
 *       {@code +08:00} arrives as a space); the POST is a form in ISO-8859-1 without a charset, with
 *       the address in {@code address} and list attributes as {@code attribute[code][0]}; it appends
 *       {@code /services.xml} to the discovered endpoint URL, and reads only whole-second
 *       {@code yyyy-MM-ddTHH:mm:ss±hh:mm} date-times.</li>
 *   <li>codeforamerica/node-open311 (the {@code request} library): no Accept header at all;
 *       {@code jurisdiction_id} in every query; the POST form is UTF-8 with every key and value
 *       percent-encoded ({@code attribute%5Bseverity%5D}, spaces as {@code %20}); several request ids
 *       are joined by a comma that is itself encoded ({@code %2C}).</li>
 * </ul>
 */
@MicronautTest(transactional = false)
@Property(name = "gridgov.intake.open311.public-base-url", value = "https://311.zibo.example/")
class Open311ClientsIT {

    private static final String JURISDICTION = "zibo.gov.cn";
    private static final DateTimeFormatter JAVA_CLIENT_DATES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    @Inject @Client("/") HttpClient client;
    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;

    RawHttp http;
    String key;
    TestGrid grid;

    @BeforeEach
    void aCityWithAnApiKeyForTheApp() {
        http = new RawHttp(server.getURI());
        IntakeApi.Answer issued = new IntakeApi(client).post("/api/v1/open311/keys", Map.of("clientName", "open311-clients"),
                tokens.issue("clients-admin", Role.ADMIN));
        key = issued.json().path("key").asText();
        grid = new TestGrids(client, tokens).inHomeTownship();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void theJavaClientsFlowWorks(String format) {
        JsonNode discovery = Open311Schemas.xml(javaGet("/open311/v2/discovery.xml").body());
        String endpoint = discovery.path("endpoints").get(0).path("url").asText();
        assertThat(endpoint).isEqualTo("https://311.zibo.example/open311/v2");
        String base = URI.create(endpoint).getPath();

        JsonNode services = read(format, javaGet(base + "/services." + format + "?jurisdiction_id=" + JURISDICTION));
        assertThat(Open311Schemas.violations("services.json", services)).isEmpty();
        JsonNode definition = read(format, javaGet(base + "/services/0102." + format + "?jurisdiction_id=" + JURISDICTION));
        assertThat(Open311Schemas.violations("service-definition.json", definition)).isEmpty();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("service_code", "0102");
        form.put("lat", String.valueOf((float) grid.lat()));
        form.put("long", String.valueOf((float) grid.lon()));
        form.put("address", "Rue de l'Église 3");
        form.put("description", "Müll neben dem Container, déchets");
        form.put("email", "citizen@example.org");
        form.put("attribute[severity]", "high");
        form.put("attribute[kinds][0]", "glass");
        form.put("attribute[kinds][1]", "paper");
        form.put("api_key", key);
        form.put("jurisdiction_id", JURISDICTION);
        RawHttp.Answer posted = http.send("POST", base + "/requests." + format, Map.of("Accept", "text/xml",
                "Content-Type", "application/x-www-form-urlencoded"), formBody(form, StandardCharsets.ISO_8859_1));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        JsonNode created = read(format, posted);
        assertThat(Open311Schemas.eachViolates("RequestResponse", created)).isEmpty();
        String id = created.get(0).path("service_request_id").asText();
        String token = created.get(0).path("token").asText();

        JsonNode byToken = read(format, javaGet(base + "/tokens/" + token + "." + format + "?jurisdiction_id=" + JURISDICTION));
        assertThat(byToken.get(0).path("service_request_id").asText()).isEqualTo(id);

        JsonNode one = read(format, javaGet(base + "/requests/" + id + "." + format + "?jurisdiction_id=" + JURISDICTION));
        assertThat(Open311Schemas.violations("requests.json", one)).isEmpty();
        assertThat(one.get(0).path("description").asText()).isEqualTo("Müll neben dem Container, déchets");
        assertThat(one.get(0).path("address").asText()).isEqualTo("Rue de l'Église 3");
        assertTheJavaClientReadsItsDates(one.get(0));

        // the filter's dates are printed in the JVM's zone and appended to the query as they are
        String since = OffsetDateTime.parse(one.get(0).path("requested_datetime").asText()).minusMinutes(5).format(JAVA_CLIENT_DATES);
        String until = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(5).format(JAVA_CLIENT_DATES);
        JsonNode list = read(format, javaGet(base + "/requests." + format + "?service_code=0102&start_date=" + since
                + "&end_date=" + until + "&status=open&jurisdiction_id=" + JURISDICTION));
        assertThat(Open311Schemas.violations("requests.json", list)).isEmpty();
        assertThat(ids(list)).contains(id);
        list.forEach(this::assertTheJavaClientReadsItsDates);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void theNodeClientsFlowWorks(String format) {
        JsonNode discovery = Open311Schemas.json(nodeGet("/open311/v2/discovery.json", Map.of()).body());
        String endpoint = discovery.path("endpoints").get(0).path("url").asText();
        // the Node client appends the slash itself when the URL has none
        String base = URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/").getPath();

        JsonNode services = read(format, nodeGet(base + "services." + format, Map.of("jurisdiction_id", JURISDICTION)));
        assertThat(Open311Schemas.violations("services.json", services)).isEmpty();
        JsonNode definition = read(format, nodeGet(base + "services/0601." + format, Map.of("jurisdiction_id", JURISDICTION)));
        assertThat(Open311Schemas.violations("service-definition.json", definition)).isEmpty();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("service_code", "0601");
        form.put("lat", Double.toString(grid.lat()));
        form.put("long", Double.toString(grid.lon()));
        form.put("address_string", "张店区 人民西路 1号");
        form.put("description", "楼上漏水 (water) 100% & more");
        form.put("attribute[severity]", "normal");
        form.put("api_key", key);
        RawHttp.Answer posted = http.send("POST", base + "requests." + format + "?" + query(Map.of("jurisdiction_id", JURISDICTION)),
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                query(form).getBytes(StandardCharsets.UTF_8));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        JsonNode created = read(format, posted);
        String id = created.get(0).path("service_request_id").asText();
        String token = created.get(0).path("token").asText();

        JsonNode byToken = read(format, nodeGet(base + "tokens/" + token + "." + format, Map.of("jurisdiction_id", JURISDICTION)));
        assertThat(Open311Schemas.eachViolates("TokenResponse", byToken)).isEmpty();
        assertThat(byToken.get(0).path("service_request_id").asText()).isEqualTo(id);

        JsonNode one = read(format, nodeGet(base + "requests/" + id + "." + format, Map.of("jurisdiction_id", JURISDICTION)));
        assertThat(one.get(0).path("description").asText()).isEqualTo("楼上漏水 (water) 100% & more");
        assertThat(one.get(0).path("address").asText()).isEqualTo("张店区 人民西路 1号");

        // serviceRequests([id, unknown]) joins the ids with a comma, which qs encodes
        String unknown = java.util.UUID.randomUUID().toString();
        JsonNode list = read(format, nodeGet(base + "requests." + format, Map.of("service_request_id", id + "," + unknown,
                "jurisdiction_id", JURISDICTION)));
        assertThat(Open311Schemas.violations("requests.json", list)).isEmpty();
        assertThat(ids(list)).containsExactly(id);
    }

    private RawHttp.Answer javaGet(String path) {
        RawHttp.Answer answer = http.send("GET", path, Map.of("Accept", "text/xml", "Content-Type", "text/xml"), null);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer;
    }

    private RawHttp.Answer nodeGet(String path, Map<String, String> params) {
        RawHttp.Answer answer = http.send("GET", params.isEmpty() ? path : path + "?" + query(params), Map.of(), null);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer;
    }

    private void assertTheJavaClientReadsItsDates(JsonNode request) {
        for (String field : List.of("requested_datetime", "updated_datetime")) {
            String value = request.path(field).asText();
            assertThat(value).as(field).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
            JAVA_CLIENT_DATES.parse(value);
        }
    }

    private static JsonNode read(String format, RawHttp.Answer answer) {
        assertThat(answer.contentType()).startsWith(format.equals("xml") ? "text/xml" : "application/json");
        return format.equals("xml") ? Open311Schemas.xml(answer.body()) : Open311Schemas.json(answer.body());
    }

    private static List<String> ids(JsonNode requests) {
        List<String> ids = new java.util.ArrayList<>();
        requests.forEach(request -> ids.add(request.path("service_request_id").asText()));
        return ids;
    }

    /** Apache HttpClient's UrlEncodedFormEntity: form-encoding (space as +) in the given charset. */
    private static byte[] formBody(Map<String, String> form, Charset charset) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), charset) + "=" + URLEncoder.encode(e.getValue(), charset))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.US_ASCII);
    }

    /** Node's querystring.stringify: encodeURIComponent on every key and value. */
    private static String query(Map<String, String> params) {
        return params.entrySet().stream().map(e -> uriComponent(e.getKey()) + "=" + uriComponent(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String uriComponent(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%21", "!").replace("%27", "'")
                .replace("%28", "(").replace("%29", ")").replace("%7E", "~");
    }
}
