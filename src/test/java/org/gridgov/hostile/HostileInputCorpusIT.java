package org.gridgov.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.intake.TestGrids;
import org.gridgov.intake.domain.Pictures;
import org.gridgov.platform.security.Role;
import org.gridgov.support.RawHttp;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The permanent hostile corpus: every bad input listed under {@code src/test/resources/hostile/}
 * (one file per endpoint family) is sent as written, and each must be answered with a 4xx —
 * {@code application/problem+json} naming the field, or Open311's own error list for Open311 —
 * never a 5xx, within 2 s, naming no Java type, and nothing may be stored.
 *
 * <p>A case is {@code method}, {@code path}, {@code as} (a role, or anonymous), a {@code body}
 * (raw text), {@code status} (the statuses allowed) and {@code field}. A {@code template} with
 * {@code variants} makes one case per bad value of each field path. Placeholders: {@code $uuid},
 * {@code $now}, {@code $grid}, {@code $lat}, {@code $lon}, {@code $report}, {@code $key}.
 */
@MicronautTest(transactional = false)
class HostileInputCorpusIT {

    private static final List<String> FAMILIES = List.of("reports", "open311", "users", "grid", "routing", "dispatch",
            "dashboard", "registry");
    private static final Duration MAX_ANSWER_TIME = Duration.ofSeconds(2);
    /** Tables that only HTTP requests write to: their row counts must not move. */
    private static final List<String> TABLES = List.of("platform.users", "grid.area", "grid.grid_cell", "grid.worker",
            "grid.outbox", "intake.report", "intake.photo", "intake.api_key", "intake.outbox", "routing.rule",
            "registry.measure", "registry.measure_adoption", "registry.round", "registry.nomination", "registry.peer_score",
            "registry.vote", "registry.voter_code", "registry.voter_credential", "registry.supervision",
            "registry.expert_score", "registry.showcase_site");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject EmbeddedServer server;
    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject TestDatabase db;

    /** {@code variant} (a field path and the raw JSON put there) applies to {@code body} once placeholders are filled. */
    record Case(String family, String name, String method, String path, String as, String body, Map<String, String> headers,
                List<Integer> status, String field, boolean open311, String upload, Map.Entry<String, String> variant) {
    }

    @Test
    void everyHostileInputIsRefusedCleanlyQuicklyAndLeavesNothingStored() throws IOException {
        TestGrids.TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        Map<String, String> tokensByRole = new LinkedHashMap<>();
        tokensByRole.put("worker", tokens.issue("corpus-worker", Role.WORKER, List.of(grid.code())));
        tokensByRole.put("dispatcher", tokens.issue("corpus-dispatcher", Role.DISPATCHER, List.of("CGJ")));
        tokensByRole.put("township", tokens.issue("corpus-township", Role.TOWNSHIP, List.of(grid.township())));
        tokensByRole.put("reform", tokens.issue("corpus-reform", Role.REFORM_OFFICE));
        tokensByRole.put("admin", tokens.issue("corpus-admin", Role.ADMIN));
        RawHttp http = new RawHttp(server.getURI());
        Map<String, String> values = setUp(http, grid, tokensByRole);

        List<Case> corpus = new ArrayList<>();
        for (String family : FAMILIES) {
            corpus.addAll(load(family));
        }
        assertThat(corpus).as("the corpus").hasSizeGreaterThanOrEqualTo(300);

        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        for (Case c : corpus) {
            RawHttp.Answer answer = send(http, c, values, tokensByRole);
            String problem = judge(c, answer);
            if (problem != null) {
                failures.add("[" + c.family() + "] " + c.name() + ": " + problem + "\n    " + c.method() + " " + c.path()
                        + "\n    answered " + answer.status() + " " + answer.contentType() + " in " + answer.took().toMillis()
                        + " ms: " + abbreviate(answer.body()));
            }
        }
        assertThat(failures).as("hostile inputs not refused as they should be").isEmpty();
        assertThat(counts()).as("rows stored by refused requests").isEqualTo(before);
    }

    /** What the corpus refers to: a report of the worker (for photos) and an Open311 key. */
    private Map<String, String> setUp(RawHttp http, TestGrids.TestGrid grid, Map<String, String> tokensByRole) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("$grid", grid.code());
        values.put("$lat", Double.toString(grid.lat()));
        values.put("$lon", Double.toString(grid.lon()));
        values.put("$now", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        RawHttp.Answer report = http.json("POST", "/api/v1/reports", tokensByRole.get("worker"), ("{\"clientReportId\":\""
                + UUID.randomUUID() + "\",\"category\":\"0102\",\"description\":\"corpus\",\"location\":{\"lat\":" + grid.lat()
                + ",\"lon\":" + grid.lon() + ",\"crs\":\"wgs84\"},\"observedAt\":\"" + values.get("$now") + "\"}"));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        values.put("$report", report.json().path("id").asText());
        RawHttp.Answer key = http.json("POST", "/api/v1/open311/keys", tokensByRole.get("admin"), "{\"clientName\":\"corpus-app\"}");
        assertThat(key.status()).as(key.body()).isBetween(200, 201);
        values.put("$key", key.json().path("key").asText());
        return values;
    }

    private static RawHttp.Answer send(RawHttp http, Case c, Map<String, String> values, Map<String, String> tokensByRole) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!"anonymous".equals(c.as())) {
            headers.put("Authorization", "Bearer " + tokensByRole.get(c.as()));
        }
        byte[] body = null;
        if (c.upload() != null) {
            String boundary = "corpus" + UUID.randomUUID().toString().replace("-", "");
            headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
            body = multipart(boundary, upload(c.upload()));
        } else if (c.body() != null) {
            headers.put("Content-Type", "application/json");
            String text = substitute(c.body(), values);
            if (c.variant() != null) {
                text = replaced(text, c.variant().getKey(), substitute(c.variant().getValue(), values));
            }
            body = text.getBytes(StandardCharsets.UTF_8);
        }
        c.headers().forEach((name, value) -> headers.put(name, substitute(value, values)));
        return http.send(c.method(), substitute(c.path(), values), headers, body);
    }

    /** Why the answer is wrong, or null when it is right. */
    private static String judge(Case c, RawHttp.Answer answer) {
        if (answer.status() >= 500) {
            return "a server error";
        }
        if (!c.status().contains(answer.status())) {
            return "status " + answer.status() + ", expected one of " + c.status();
        }
        if (answer.took().compareTo(MAX_ANSWER_TIME) > 0) {
            return "took " + answer.took().toMillis() + " ms";
        }
        if (answer.body().matches("(?s).*(org\\.gridgov|java\\.[a-z]+\\.|io\\.micronaut|com\\.fasterxml|Exception\\b|class \\w+\\.).*")) {
            return "the answer names a Java type";
        }
        if (c.open311()) {
            return judgeOpen311(c, answer);
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "not application/problem+json";
        }
        JsonNode problem = answer.json();
        if (problem.path("status").asInt() != answer.status() || problem.path("title").asText().isBlank()) {
            return "not a complete problem body";
        }
        if (c.field() != null && !answer.fields().contains(c.field())) {
            return "does not name the field " + c.field() + " (names " + answer.fields() + ")";
        }
        return null;
    }

    private static String judgeOpen311(Case c, RawHttp.Answer answer) {
        JsonNode errors;
        try {
            errors = JSON.readTree(answer.body());
        } catch (IOException e) {
            return "not Open311's JSON error list";
        }
        if (!errors.isArray() || errors.isEmpty() || !errors.get(0).has("code") || !errors.get(0).has("description")) {
            return "not Open311's error list";
        }
        if (c.field() != null && !errors.get(0).path("description").asText().contains(c.field())) {
            return "the description does not name " + c.field();
        }
        return null;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, db.one("SELECT count(*) FROM " + table, row -> row.getLong(1)).orElseThrow());
        }
        return counts;
    }

    // ---------------------------------------------------------------- the data files

    @SuppressWarnings("unchecked")
    private static List<Case> load(String family) throws IOException {
        String resource = "/hostile/" + family + ".yaml";
        try (InputStream in = HostileInputCorpusIT.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Map<String, Object> file = new Yaml().load(in);
            List<Case> cases = new ArrayList<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) file.get("cases")) {
                if (entry.containsKey("variants")) {
                    cases.addAll(variants(family, entry));
                } else {
                    cases.add(caseOf(family, entry, (String) entry.get("name"), (String) entry.get("body"),
                            (String) entry.get("field")));
                }
            }
            return cases;
        }
    }

    /** One case per bad value: the template with the value at the field's path replaced (or removed for ~absent). */
    @SuppressWarnings("unchecked")
    private static List<Case> variants(String family, Map<String, Object> entry) {
        List<Case> cases = new ArrayList<>();
        String template = (String) entry.get("template");
        for (Map.Entry<String, Object> variant : ((Map<String, Object>) entry.get("variants")).entrySet()) {
            String path = variant.getKey();
            for (Object bad : (List<Object>) variant.getValue()) {
                String raw = String.valueOf(bad);
                String field = entry.containsKey("field") ? (String) entry.get("field") : path;
                Case plain = caseOf(family, entry, entry.get("name") + " " + path + "=" + raw, template, field);
                cases.add(new Case(plain.family(), plain.name(), plain.method(), plain.path(), plain.as(), plain.body(),
                        plain.headers(), plain.status(), plain.field(), plain.open311(), plain.upload(), Map.entry(path, raw)));
            }
        }
        return cases;
    }

    /** The JSON {@code template} with {@code path}'s value replaced by {@code rawJson}. */
    private static String replaced(String template, String path, String rawJson) {
        try {
            return replacedIn(template, path, rawJson);
        } catch (IOException e) {
            throw new AssertionError("the template is not JSON: " + template, e);
        }
    }

    private static String replacedIn(String template, String path, String rawJson) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(template);
        String[] keys = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < keys.length - 1; i++) {
            parent = (ObjectNode) parent.get(keys[i]);
        }
        String last = keys[keys.length - 1];
        String marker = "\"@@" + UUID.randomUUID() + "@@\"";
        if ("~absent".equals(rawJson)) {
            parent.remove(last);
            return JSON.writeValueAsString(root);
        }
        parent.put(last, marker.substring(1, marker.length() - 1));
        return JSON.writeValueAsString(root).replace(marker, rawJson);
    }

    @SuppressWarnings("unchecked")
    private static Case caseOf(String family, Map<String, Object> entry, String name, String body, String field) {
        Object status = entry.getOrDefault("status", List.of(400, 422));
        List<Integer> statuses = status instanceof List<?> list ? (List<Integer>) list : List.of((Integer) status);
        Map<String, String> headers = (Map<String, String>) entry.getOrDefault("headers", Map.of());
        return new Case(family, name, (String) entry.get("method"), (String) entry.get("path"),
                (String) entry.getOrDefault("as", "anonymous"), body, headers, statuses,
                "-".equals(field) ? null : field, Boolean.TRUE.equals(entry.get("open311")), (String) entry.get("upload"), null);
    }

    private static String substitute(String text, Map<String, String> values) {
        String result = text;
        while (result.contains("$uuid")) {
            result = result.replaceFirst("\\$uuid", UUID.randomUUID().toString());
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace(value.getKey(), value.getValue());
        }
        return result;
    }

    private static final Map<String, byte[]> UPLOADS = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] upload(String kind) {
        return UPLOADS.computeIfAbsent(kind, HostileInputCorpusIT::newUpload);
    }

    private static byte[] newUpload(String kind) {
        return switch (kind) {
            case "ztxt-bomb" -> Pictures.pngWithCompressedText("zTXt", 64L * 1024 * 1024);
            case "itxt-bomb" -> Pictures.pngWithCompressedText("iTXt", 64L * 1024 * 1024);
            case "text" -> "not a picture at all".getBytes(StandardCharsets.UTF_8);
            case "empty" -> new byte[0];
            default -> throw new IllegalArgumentException("unknown upload " + kind);
        };
    }

    private static byte[] multipart(String boundary, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
