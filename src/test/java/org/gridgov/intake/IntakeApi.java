package org.gridgov.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls the worker API as a phone would, returning status and raw JSON so tests see the wire. */
public final class IntakeApi {

    public record Answer(int status, String body, HttpResponse<?> response) {

        public com.fasterxml.jackson.databind.JsonNode json() {
            return Open311Schemas.json(body);
        }
    }

    private final HttpClient client;

    public IntakeApi(HttpClient client) {
        this.client = client;
    }

    public static Map<String, Object> report(UUID clientReportId, String category, double lat, double lon) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("clientReportId", clientReportId.toString());
        report.put("category", category);
        report.put("description", "垃圾堆放 " + clientReportId);
        report.put("location", Map.of("lat", lat, "lon", lon, "accuracy", 6.5, "crs", "wgs84"));
        // recent (a report is made within 30 days of what it saw) and the same all day, so that a
        // report built twice for a replay has the same content
        report.put("observedAt", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).toString());
        report.put("severity", "normal");
        report.put("attributes", Map.of("volume_m3", 2));
        return report;
    }

    public Answer post(String path, Object body, String token) {
        return exchange(HttpRequest.POST(path, body).bearerAuth(token));
    }

    public Answer get(String path, String token) {
        return exchange(HttpRequest.GET(path).bearerAuth(token));
    }

    public Answer exchange(HttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return new Answer(response.code(), response.getBody().orElse(""), response);
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), e.getResponse().getBody(String.class).orElse(""), e.getResponse());
        }
    }

    public static List<String> fields(com.fasterxml.jackson.databind.JsonNode problem) {
        List<String> fields = new java.util.ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }
}
