package org.gridgov.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The platform's public HTTP API as the simulator speaks it: JSON, Open311 forms and photo uploads. */
public final class PlatformApi {

    /** An answer: status, the JSON body (missing when there is none) and the ETag. */
    public record Answer(int status, JsonNode body, String etag) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The platform does not answer at all. */
    public static final class Unreachable extends RuntimeException {
        Unreachable(URI url, Throwable cause) {
            super("the platform does not answer at " + url + ": it must be running (./gridgov run)", cause);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public PlatformApi(URI base, int connections) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(2, connections), task -> {
                    Thread thread = new Thread(task, "simulator-http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    public URI base() {
        return base;
    }

    public Answer get(String path, Session who) {
        return send(request(path, who).GET());
    }

    public Answer post(String path, Session who, Object body) {
        return send(request(path, who).POST(jsonBody(body)).header("Content-Type", "application/json"));
    }

    public Answer put(String path, Session who, Object body) {
        return send(request(path, who).PUT(jsonBody(body)).header("Content-Type", "application/json"));
    }

    public Answer delete(String path, Session who) {
        return send(request(path, who).DELETE());
    }

    /** A case action with the version the caller last saw. */
    public Answer act(String caseId, String action, Session who, String etag, Object body) {
        return send(request("/api/v1/cases/" + caseId + "/" + action, who).POST(jsonBody(body))
                .header("Content-Type", "application/json").header("If-Match", etag));
    }

    /** An Open311 form post (no bearer: the API key or the request's token is in the form). */
    public Answer form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, null).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"));
    }

    /** A photo as the multipart part {@code file}. */
    public Answer upload(String path, Session who, byte[] png) {
        String boundary = "gridgov-simulator-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, who).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    /** Signs in (POST /login) and answers the session. */
    public Session login(String username, String password) {
        Answer answer = post("/login", null, Map.of("username", username, "password", password, "device", "城市模拟器"));
        if (!answer.ok()) {
            throw new IllegalStateException("cannot sign in as '" + username + "': HTTP " + answer.status() + " " + answer.body());
        }
        return new Session(this, username, password, answer.body());
    }

    /** The next token pair of a device session (POST /oauth/access_token). */
    Answer refresh(String refreshToken) {
        return post("/oauth/access_token", null, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    private HttpRequest.Builder request(String path, Session who) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (who != null) {
            builder.header("Authorization", "Bearer " + who.accessToken());
        }
        return builder;
    }

    private HttpRequest.BodyPublisher jsonBody(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = MissingNode.getInstance();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.body().length > 0 && type.contains("json")) {
                body = json.readTree(response.body());
            }
            return new Answer(response.statusCode(), body, response.headers().firstValue("ETag").orElse(null));
        } catch (ConnectException e) {
            throw new Unreachable(base, e);
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri().getPath() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
