package org.gridgov.field;

import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestGridSerials;
import org.gridgov.support.TestTokens;

/** What the field app's tests arrange and check through the platform's own HTTP API. */
final class Platform {

    static final String PASSWORD = "field-pass-1";
    private static final String COMMUNITY = "370303102001"; // 矿山社区, 沣水镇

    record Grid(String code, String name, double lat, double lon) {
    }

    private final HttpClient http;
    private final TestTokens tokens;
    private final String admin;

    Platform(HttpClient http, TestTokens tokens) {
        this.http = http;
        this.tokens = tokens;
        this.admin = tokens.issue("field-admin", Role.ADMIN);
    }

    /** A ~70 m grid cell of 矿山社区 at a spot of its own, away from the demo tessellation and other tests. */
    Grid grid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String code = TestGridSerials.nextGrid(COMMUNITY);
        String name = "外勤测试网格" + code.substring(12);
        double south = 28.0 + random.nextInt(0, 2000) * 0.001;
        double west = 112.0 + random.nextInt(0, 2000) * 0.001;
        double size = 0.0007;
        List<List<Double>> ring = List.of(List.of(west, south), List.of(west + size, south),
                List.of(west + size, south + size), List.of(west, south + size), List.of(west, south));
        http.toBlocking().exchange(HttpRequest.PUT("/api/v1/grids/" + code, Map.of("type", "Feature",
                "properties", Map.of("code", code, "name", name, "head", "王网格长 13805330001"),
                "geometry", Map.of("type", "MultiPolygon", "coordinates", List.of(List.of(ring))))).bearerAuth(admin));
        return new Grid(code, name, south + size / 2, west + size / 2);
    }

    /** A grid worker account with a password, for the app's login form. */
    String worker(Grid grid) {
        String username = "fw" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "role", "WORKER", "scope", List.of(grid.code()))).bearerAuth(admin));
        return username;
    }

    String tokenOf(String username, Grid grid) {
        return tokens.issue(username, Role.WORKER, List.of(grid.code()));
    }

    /** A bearer token of this worker that the platform already refuses as expired. */
    String expiredTokenOf(String username, Grid grid) {
        String token = tokens.issue(username, Role.WORKER, List.of(grid.code()), 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> status("/api/v1/categories", token) == 401);
        return token;
    }

    /** The worker's reports as the sync answers them (an empty list is left out of the JSON). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> reportsOf(String token) {
        Object reports = get("/api/v1/reports?mine=true", token).get("reports");
        return reports == null ? List.of() : (List<Map<String, Object>>) reports;
    }

    /** A resolved case in the grid, as a department leaves it for the worker's on-site check. */
    String resolvedCase(String worker, Grid grid) {
        String token = tokenOf(worker, grid);
        Map<String, Object> report = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/reports", Map.of(
                "clientReportId", UUID.randomUUID().toString(), "category", "0102", "description", "楼道口堆放垃圾",
                "location", Map.of("lat", grid.lat(), "lon", grid.lon(), "accuracy", 6, "crs", "wgs84"),
                "observedAt", Instant.now().minusSeconds(3600).toString())).bearerAuth(token), Map.class);
        String reportId = (String) report.get("id");
        String caseId = await().atMost(Duration.ofSeconds(60)).until(() -> caseIdOf(reportId, token), id -> id != null);
        String dispatcher = tokens.issue("field-cgj", Role.DISPATCHER, List.of("CGJ"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "dispatched".equals(caseOf(caseId, dispatcher).get("state")));
        act(caseId, "accept", dispatcher, Map.of("note", "已派环卫班组"));
        act(caseId, "resolve", dispatcher, Map.of("note", "已清运完毕"));
        await().atMost(Duration.ofSeconds(30)).until(() -> ((List<?>) get("/api/v1/reports?mine=true", token)
                .getOrDefault("verificationTasks", List.of())).stream().anyMatch(t -> caseId.equals(((Map<?, ?>) t).get("caseId"))));
        return caseId;
    }

    /**
     * A citizen's report (Open311) in the grid, which the township asks the grid's worker to check on
     * site (核实) before 立案; answers the case id once the worker's sync lists it as a check task.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    String caseToCheck(String worker, Grid grid) {
        Map<String, Object> key = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/open311/keys",
                Map.of("clientName", "外勤测试随手拍")).bearerAuth(admin), Map.class);
        String body = "api_key=" + key.get("key") + "&service_code=0102&lat=" + grid.lat() + "&long=" + grid.lon()
                + "&description=" + java.net.URLEncoder.encode("小区门口有人乱倒垃圾", java.nio.charset.StandardCharsets.UTF_8);
        List<Map> created = http.toBlocking().retrieve(HttpRequest.POST("/open311/v2/requests.json", body)
                .contentType(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                io.micronaut.core.type.Argument.listOf(Map.class));
        String reportId = (String) created.get(0).get("service_request_id");
        String township = tokens.issue("field-township", Role.TOWNSHIP, List.of(grid.code().substring(0, 9)));
        String caseId = await().atMost(Duration.ofSeconds(60)).until(() -> caseIdOf(reportId, township), id -> id != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> "reported".equals(caseOf(caseId, township).get("state")));
        act(caseId, "request-check", township, Map.of("note", "请现场核实"));
        String token = tokenOf(worker, grid);
        await().atMost(Duration.ofSeconds(30)).until(() -> ((List<?>) get("/api/v1/reports?mine=true", token)
                .getOrDefault("checkTasks", List.of())).stream().anyMatch(t -> caseId.equals(((Map<?, ?>) t).get("caseId"))));
        return caseId;
    }

    @SuppressWarnings("unchecked")
    private String caseIdOf(String reportId, String token) {
        Map<String, Object> status = (Map<String, Object>) get("/api/v1/reports/" + reportId, token).get("caseStatus");
        return status == null ? null : (String) status.get("id");
    }

    Map<String, Object> caseOf(String caseId, String token) {
        return get("/api/v1/cases/" + caseId, token);
    }

    private void act(String caseId, String action, String token, Map<String, Object> body) {
        HttpResponse<?> current = http.toBlocking().exchange(HttpRequest.GET("/api/v1/cases/" + caseId).bearerAuth(token), Map.class);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/cases/" + caseId + "/" + action, body)
                .header("If-Match", current.getHeaders().get("ETag")).bearerAuth(token), Map.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(String path, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), Map.class);
    }

    byte[] bytes(String path, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), byte[].class);
    }

    int status(String path, String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token)).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** A camera-sized JPEG (2400×1800), bigger than the app sends, so its shrinking shows. */
    static Path cameraPhoto(String label) {
        BufferedImage image = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        g.fillRect(0, 0, 2400, 1800);
        g.setColor(Color.WHITE);
        g.setFont(g.getFont().deriveFont(200f));
        g.drawString(label, 200, 900);
        g.dispose();
        try {
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", jpeg);
            Path file = Files.createTempFile("field-photo-", ".jpg");
            Files.write(file, jpeg.toByteArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
