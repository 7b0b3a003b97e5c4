package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.TestTokens;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * The whole closed loop through every service of one process, over real PostGIS and Kafka: a grid
 * worker's report is located (grid), accepted (intake), routed to 城管 (routing), registered and
 * dispatched (dispatch), accepted, resolved, verified on site with a photo, closed on time — and the
 * worker's phone, the cases topic and the township dashboard all see it.
 */
@MicronautTest(transactional = false)
class ClosedLoopIT {

    private static final String TOWNSHIP = "370303102";       // 沣水镇
    private static final String COMMUNITY = "370303102001";   // 矿山社区

    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    @Test
    void aWorkersReportGoesRoundTheClosedLoopAndIsClosedOnTime() throws Exception {
        Grid grid = createGrid();
        String worker = tokens.issue("e2e-worker-" + grid.code, Role.WORKER, List.of(grid.code));
        String dispatcher = tokens.issue("e2e-cgj", Role.DISPATCHER, List.of("CGJ"));
        String township = tokens.issue("e2e-township", Role.TOWNSHIP, List.of(TOWNSHIP));

        try (TopicProbe cases = TopicProbe.open(bootstrap, Topics.CASES)) {
            Map<String, Object> report = body(http.toBlocking().exchange(HttpRequest.POST("/api/v1/reports", Map.of(
                    "clientReportId", UUID.randomUUID().toString(),
                    "category", "0102",
                    "description", "小区门口暴露垃圾，约两立方米",
                    "location", Map.of("lat", grid.lat, "lon", grid.lon, "accuracy", 8, "crs", "wgs84"),
                    "observedAt", Instant.now().minusSeconds(600).toString())).bearerAuth(worker), Map.class));
            String reportId = (String) report.get("id");
            assertThat(((Map<?, ?>) report.get("grid")).get("gridCode")).isEqualTo(grid.code);

            Map<?, ?> caseOnPhone = await().atMost(Duration.ofSeconds(60)).until(
                    () -> (Map<?, ?>) get("/api/v1/reports/" + reportId, worker).get("caseStatus"),
                    status -> status != null && "dispatched".equals(status.get("state")));
            assertThat(caseOnPhone.get("department")).isEqualTo("CGJ");
            String caseId = (String) caseOnPhone.get("id");

            act(caseId, "accept", dispatcher, Map.of("note", "已派环卫班组"));
            act(caseId, "resolve", dispatcher, Map.of("note", "已清运"));
            String photo = uploadPhoto(reportId, worker);
            act(caseId, "verify", worker, Map.of("passed", true, "note", "现场已清理干净", "photos", List.of(photo)));
            Map<String, Object> closed = act(caseId, "close", township, Map.of("note", "结案"));

            assertThat(closed.get("state")).isEqualTo("closed");
            assertThat(closed.get("closedOnTime")).isEqualTo(true);
            List<Map> timeline = http.toBlocking().retrieve(
                    HttpRequest.GET("/api/v1/cases/" + caseId + "/timeline").bearerAuth(township), Argument.listOf(Map.class));
            assertThat(timeline).extracting(entry -> entry.get("action"))
                    .contains("register", "accept", "resolve", "verify", "close");

            Set<String> types = Set.of("CaseRegistered", "CaseDispatched", "CaseAccepted", "CaseResolved", "CaseVerified", "CaseClosed");
            for (String type : types) {
                ConsumerRecord<String, String> event = cases.await(
                        json -> json.contains(caseId) && json.contains("\"type\":\"" + type + "\""), Duration.ofSeconds(30));
                assertThat(event.key()).isEqualTo(caseId);
                assertThat(JsonSchemas.violations("cases.v1.schema.json", event.value())).as(type).isEmpty();
            }

            await().atMost(Duration.ofSeconds(30)).until(
                    () -> (Map<?, ?>) get("/api/v1/reports/" + reportId, worker).get("caseStatus"),
                    status -> "closed".equals(status.get("state")));
        }
    }

    private record Grid(String code, double lat, double lon) {
    }

    private Grid createGrid() {
        String admin = tokens.issue("e2e-admin", Role.ADMIN);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String code = COMMUNITY + String.format("%03d", random.nextInt(600, 1000));
        // a 60 m square at a spot of its own, far from the demo tessellation and other tests' grids
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

    private Map<String, Object> act(String caseId, String action, String token, Map<String, Object> body) {
        HttpResponse<?> current = http.toBlocking().exchange(HttpRequest.GET("/api/v1/cases/" + caseId).bearerAuth(token), Map.class);
        String etag = current.getHeaders().get("ETag");
        return body(http.toBlocking().exchange(HttpRequest.POST("/api/v1/cases/" + caseId + "/" + action, body)
                .header("If-Match", etag).bearerAuth(token), Map.class));
    }

    private String uploadPhoto(String reportId, String worker) throws Exception {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 5, ThreadLocalRandom.current().nextInt());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        MultipartBody upload = MultipartBody.builder()
                .addPart("file", "after.png", MediaType.IMAGE_PNG_TYPE, png.toByteArray()).build();
        Map<String, Object> photo = body(http.toBlocking().exchange(HttpRequest.POST("/api/v1/reports/" + reportId + "/photos", upload)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(worker), Map.class));
        return (String) photo.get("sha256");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String path, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(HttpResponse<?> response) {
        return (Map<String, Object>) response.body();
    }
}
