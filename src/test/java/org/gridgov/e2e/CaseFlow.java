package org.gridgov.e2e;

import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.multipart.MultipartBody;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** What the people of the closed loop do, over the platform's HTTP API, in the end-to-end tests. */
final class CaseFlow {

    record Grid(String code, double lat, double lon) {
    }

    private static final String COMMUNITY = "370303102001"; // 矿山社区, 沣水镇

    private final HttpClient http;
    private final TestTokens tokens;

    CaseFlow(HttpClient http, TestTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** A 60 m grid cell of 矿山社区 at a spot of its own, far from the demo tessellation and other tests. */
    Grid createGrid() {
        String admin = tokens.issue("e2e-admin", Role.ADMIN);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String code = TestGridSerials.nextGrid(COMMUNITY);
        double south = 30.0 + random.nextInt(0, 2000) * 0.001;
        double west = 125.0 + random.nextInt(0, 2000) * 0.001;
        double size = 0.0006;
        List<List<Double>> ring = List.of(List.of(west, south), List.of(west + size, south),
                List.of(west + size, south + size), List.of(west, south + size), List.of(west, south));
        http.toBlocking().exchange(HttpRequest.PUT("/api/v1/grids/" + code, Map.of("type", "Feature",
                "properties", Map.of("code", code, "name", "端到端测试网格 " + code),
                "geometry", Map.of("type", "MultiPolygon", "coordinates", List.of(List.of(ring))))).bearerAuth(admin));
        return new Grid(code, south + size / 2, west + size / 2);
    }

    /** The worker reports from the phone; answers the report id. */
    String report(String worker, Grid grid, String category, String description, Instant observedAt) {
        Map<String, Object> report = body(http.toBlocking().exchange(HttpRequest.POST("/api/v1/reports", Map.of(
                "clientReportId", UUID.randomUUID().toString(),
                "category", category,
                "description", description,
                "location", Map.of("lat", grid.lat(), "lon", grid.lon(), "accuracy", 8, "crs", "wgs84"),
                "observedAt", observedAt.toString())).bearerAuth(worker), Map.class));
        return (String) report.get("id");
    }

    /** The case as the worker's phone shows it, once it has reached the given state. */
    Map<String, Object> awaitCaseOnPhone(String reportId, String worker, String state) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> caseOnPhone(reportId, worker),
                status -> status != null && state.equals(status.get("state")));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> caseOnPhone(String reportId, String worker) {
        return (Map<String, Object>) get("/api/v1/reports/" + reportId, worker).get("caseStatus");
    }

    Map<String, Object> caseView(String caseId, String token) {
        return get("/api/v1/cases/" + caseId, token);
    }

    /** One lifecycle action, with the case's current version as If-Match. */
    Map<String, Object> act(String caseId, String action, String token, Map<String, Object> body) {
        HttpResponse<?> current = http.toBlocking().exchange(HttpRequest.GET("/api/v1/cases/" + caseId).bearerAuth(token), Map.class);
        return body(http.toBlocking().exchange(HttpRequest.POST("/api/v1/cases/" + caseId + "/" + action, body)
                .header("If-Match", current.getHeaders().get("ETag")).bearerAuth(token), Map.class));
    }

    /** A small PNG taken on site, attached to the report; answers its SHA-256 id. */
    String uploadPhoto(String reportId, String worker) {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 5, ThreadLocalRandom.current().nextInt());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MultipartBody upload = MultipartBody.builder()
                .addPart("file", "site.png", MediaType.IMAGE_PNG_TYPE, png.toByteArray()).build();
        Map<String, Object> photo = body(http.toBlocking().exchange(HttpRequest.POST("/api/v1/reports/" + reportId + "/photos", upload)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(worker), Map.class));
        return (String) photo.get("sha256");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(String path, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(HttpResponse<?> response) {
        return (Map<String, Object>) response.body();
    }
}
