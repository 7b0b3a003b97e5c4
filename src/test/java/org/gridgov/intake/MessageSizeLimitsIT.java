package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Nothing a client sends can grow a message past what Kafka takes: an oversize attribute, too many
 * attribute bytes, an oversize body, an oversize Open311 request and over-long names are refused
 * with the field named, and nothing of a refused report is stored.
 */
@MicronautTest(transactional = false)
class MessageSizeLimitsIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject TestDatabase database;

    @Test
    void aReportWithAHundredKilobyteAttributeIsRefusedNamingItAndNotStored() {
        IntakeApi api = new IntakeApi(client);
        TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        String token = tokens.issue("size-" + UUID.randomUUID().toString().substring(0, 8), Role.WORKER, List.of(grid.code()));
        UUID clientReportId = UUID.randomUUID();
        Map<String, Object> report = new LinkedHashMap<>(IntakeApi.report(clientReportId, "0102", grid.lat(), grid.lon()));
        report.put("attributes", Map.of("note", "x".repeat(100_000)));

        IntakeApi.Answer refused = api.post("/api/v1/reports", report, token);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.response().getContentType().map(MediaType::toString)).hasValue("application/problem+json");
        assertThat(IntakeApi.fields(refused.json())).contains("attributes.note");
        assertThat(database.one("SELECT count(*) FROM intake.report WHERE client_report_id = ?", rs -> rs.getLong(1),
                clientReportId).orElse(0L)).isZero();
    }

    @Test
    void aBodyOverTwoMegabytesIsRefusedWith413NamingTheBody() {
        IntakeApi api = new IntakeApi(client);
        String token = tokens.issue("size-body", Role.WORKER, List.of("370303102001001"));
        String huge = "{\"reports\":[{\"description\":\"" + "x".repeat(2_200_000) + "\"}]}";

        IntakeApi.Answer refused = api.exchange(HttpRequest.POST("/api/v1/reports/batch", huge)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(IntakeApi.fields(refused.json())).containsExactly("body");
    }

    @Test
    void anOpen311RequestWithAnOversizeAttributeIsRefusedInOpen311Form() {
        IntakeApi api = new IntakeApi(client);
        String admin = tokens.issue("size-admin", Role.ADMIN);
        String key = api.post("/api/v1/open311/keys", Map.of("clientName", "size-app"), admin).json().path("key").asText();
        Map<String, String> form = Map.of("api_key", key, "service_code", "0601", "address_string", "张店区 人民西路 1号",
                "description", "楼上漏水纠纷", "attribute[note]", "水".repeat(5000));

        IntakeApi.Answer refused = api.exchange(HttpRequest.POST("/open311/v2/requests.json", encode(form))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get(0).path("description").asText()).contains("attributes.note");
    }

    @Test
    void anOverlongDisplayNameOrApiClientNameIsRefusedWith422NamingTheField() {
        IntakeApi api = new IntakeApi(client);
        String admin = tokens.issue("size-admin", Role.ADMIN);

        IntakeApi.Answer user = api.post("/api/v1/users", Map.of("username", "size-user", "password", "long-enough-1",
                "role", "WORKER", "displayName", "名".repeat(101)), admin);
        IntakeApi.Answer key = api.post("/api/v1/open311/keys", Map.of("clientName", "c".repeat(101)), admin);

        assertThat(user.status()).isEqualTo(422);
        assertThat(IntakeApi.fields(user.json())).containsExactly("displayName");
        assertThat(key.status()).isEqualTo(422);
        assertThat(IntakeApi.fields(key.json())).containsExactly("clientName");
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
