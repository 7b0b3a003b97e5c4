package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The registry API as the integration tests use it: JSON maps in and out, problems checked. */
final class RegistryHttp {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private final BlockingHttpClient client;
    private final String reformToken;

    RegistryHttp(BlockingHttpClient client, String reformToken) {
        this.client = client;
        this.reformToken = reformToken;
    }

    Map<String, Object> get(String path) {
        return client.retrieve(HttpRequest.GET(path), JSON);
    }

    Map<String, Object> post(String path, Object body) {
        return client.exchange(asReformOffice(HttpRequest.POST(path, body)), JSON).body();
    }

    Map<String, Object> put(String path, Object body) {
        return client.exchange(asReformOffice(HttpRequest.PUT(path, body)), JSON).body();
    }

    HttpResponse<Map<String, Object>> anonymousPost(String path, Object body) {
        return client.exchange(HttpRequest.POST(path, body), JSON);
    }

    HttpResponse<Map<String, Object>> exchange(MutableHttpRequest<?> request) {
        return client.exchange(request, JSON);
    }

    /** The request must fail with {@code status} and an application/problem+json body; returns the body. */
    @SuppressWarnings("unchecked")
    Map<String, Object> problem(HttpStatus status, MutableHttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.exchange(request, JSON));
        assertThat(refused).as("expected %s", status).isNotNull();
        assertThat(refused.getStatus().getCode()).isEqualTo(status.getCode());
        assertThat(refused.getResponse().getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).contains("problem+json"));
        return refused.getResponse().getBody(JSON).orElseThrow();
    }

    MutableHttpRequest<?> asReformOffice(MutableHttpRequest<?> request) {
        return request.bearerAuth(reformToken);
    }

    UUID newMeasure(String label, String district, boolean informatized, boolean institutional) {
        Map<String, Object> measure = post("/api/v1/registry/measures", Map.of(
                "title", label + " " + UUID.randomUUID(),
                "summary", "integration test measure",
                "domains", List.of("governance"),
                "leadUnit", "测试单位",
                "district", district,
                "informatizationDriven", informatized,
                "institutionalInnovation", institutional));
        return UUID.fromString((String) measure.get("id"));
    }

    /** A half-year no other test (nor the demo data) uses. */
    static String freshRound() {
        return ThreadLocalRandom.current().nextInt(2100, 9999) + "H" + ThreadLocalRandom.current().nextInt(1, 3);
    }

    /** Opens a round on a half-year nobody has used yet (the test database outlives a run). */
    String openFreshRound() {
        return openFreshRound(10);
    }

    /** Opens a round on a half-year nobody has used yet, with its own quota. */
    String openFreshRound(int quota) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = freshRound();
            HttpResponse<Map<String, Object>> response;
            try {
                response = client.exchange(asReformOffice(HttpRequest.POST("/api/v1/registry/rounds", Map.of("code", code, "quota", quota))), JSON);
            } catch (HttpClientResponseException taken) {
                if (taken.getStatus() == HttpStatus.CONFLICT) {
                    continue;
                }
                throw taken;
            }
            assertThat(response.getStatus().getCode()).isEqualTo(201);
            return code;
        }
        throw new IllegalStateException("no free half-year found");
    }

    /** A voter credential for {@code phone}, earned as a voter would: a code to the phone, then the code back. */
    String voterCredential(String phone, CapturedVoterCodes codes) {
        assertThat(anonymousPost("/api/v1/registry/voters/codes", Map.of("phone", phone)).getStatus().getCode()).isEqualTo(202);
        return (String) anonymousPost("/api/v1/registry/voters/verify",
                Map.of("phone", phone, "code", codes.lastCodeSentTo(phone))).body().get("voterCredential");
    }
}
