package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/** The API the console needs beyond the case lifecycle: inbox filters, the live feed, step photos. */
@MicronautTest(transactional = false)
class ConsoleApiIT {

    @Inject @Client("/") HttpClient http;
    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;

    @Test
    @SuppressWarnings("unchecked")
    void theInboxFiltersByNumberCategoryAndTownshipAndSortsByDeadline() {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String worker = tokens.issue("inbox-worker-" + grid.code(), Role.WORKER, List.of(grid.code()));
        String dispatcher = tokens.issue("inbox-cgj", Role.DISPATCHER, List.of("CGJ"));
        // 0104 道路不洁 has a 2-working-hour limit, 0103 建筑垃圾渣土 2 working days: the first is due sooner
        String slowReport = flow.report(worker, grid, "0103", "渣土堆放", Instant.now().minusSeconds(60));
        String fastReport = flow.report(worker, grid, "0104", "路面油污", Instant.now().minusSeconds(30));
        String slow = (String) flow.awaitCaseOnPhone(slowReport, worker, "dispatched").get("number");
        String fast = (String) flow.awaitCaseOnPhone(fastReport, worker, "dispatched").get("number");

        Map<String, Object> byNumber = flow.get("/api/v1/cases?number=" + fast.substring(fast.length() - 6), dispatcher);
        assertThat((List<Map<String, Object>>) byNumber.get("items")).extracting(c -> c.get("number")).contains(fast).doesNotContain(slow);

        Map<String, Object> both = flow.get("/api/v1/cases?sort=deadline&state=dispatched&township=370303102&size=100", dispatcher);
        List<Object> numbers = ((List<Map<String, Object>>) both.get("items")).stream().map(c -> c.get("number")).toList();
        assertThat(numbers).containsSubsequence(fast, slow);
        List<Instant> deadlines = ((List<Map<String, Object>>) both.get("items")).stream()
                .map(c -> c.get("deadline")).filter(d -> d != null).map(d -> Instant.parse((String) d)).toList();
        assertThat(deadlines).isSorted();

        Map<String, Object> oneCategory = flow.get("/api/v1/cases?category=0103&size=100", dispatcher);
        assertThat((List<Map<String, Object>>) oneCategory.get("items")).extracting(c -> c.get("category")).containsOnly("0103");
        Map<String, Object> otherTownship = flow.get("/api/v1/cases?township=370303101&number=" + fast, dispatcher);
        assertThat((List<?>) otherTownship.get("items")).isEmpty();

        for (String bad : List.of("sort=soonest", "number=ZB%25", "category=12", "township=3703")) {
            String field = bad.substring(0, bad.indexOf('='));
            assertThatThrownBy(() -> flow.get("/api/v1/cases?" + bad, dispatcher))
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(400);
                        assertThat(e.getResponse().getBody(String.class).orElse("")).contains(field);
                    });
        }
    }

    @Test
    void theLiveFeedTellsEachDispatcherOnlyAboutItsOwnDepartmentsCases() throws Exception {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String worker = tokens.issue("live-worker-" + grid.code(), Role.WORKER, List.of(grid.code()));
        List<String> cgj = listen(tokens.issue("live-cgj", Role.DISPATCHER, List.of("CGJ")));
        List<String> zjj = listen(tokens.issue("live-zjj", Role.DISPATCHER, List.of("ZJJ")));
        await().atMost(Duration.ofSeconds(20)).until(() -> cgj.contains("event:ready") && zjj.contains("event:ready"));

        String reportId = flow.report(worker, grid, "0102", "暴露垃圾", Instant.now().minusSeconds(60));
        String caseId = (String) flow.awaitCaseOnPhone(reportId, worker, "dispatched").get("id");

        await().atMost(Duration.ofSeconds(10)).until(() -> cgj.stream().anyMatch(line -> line.contains(caseId) && line.contains("CaseDispatched")));
        assertThat(cgj).contains("event:case");
        assertThat(zjj).noneMatch(line -> line.contains(caseId));

        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/cases/events")))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
    }

    @Test
    void aDispatcherStoresAResultPhotoAndReadsItBack() throws Exception {
        String dispatcher = tokens.issue("photo-cgj", Role.DISPATCHER, List.of("CGJ"));
        byte[] jpeg = Files.readAllBytes(ConsoleCaseFlowBrowserIT.picture());
        HttpResponse<Map> stored = http.toBlocking().exchange(HttpRequest.POST("/api/v1/photos",
                MultipartBody.builder().addPart("file", "result.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(dispatcher), Map.class);
        assertThat(stored.getStatus().getCode()).isEqualTo(201);
        String sha = (String) stored.body().get("sha256");
        assertThat(sha).matches("[0-9a-f]{64}");
        assertThat(stored.body().get("mediaType")).isEqualTo("image/jpeg");

        HttpResponse<byte[]> read = http.toBlocking().exchange(HttpRequest.GET("/api/v1/photos/" + sha)
                .bearerAuth(tokens.issue("photo-town", Role.TOWNSHIP, List.of("370303102"))), byte[].class);
        assertThat(read.body()).isEqualTo(jpeg);
        assertThat(read.getContentType()).hasValue(MediaType.IMAGE_JPEG_TYPE);

        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/photos",
                MultipartBody.builder().addPart("file", "notes.txt", MediaType.TEXT_PLAIN_TYPE, "not a picture".getBytes()).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(dispatcher), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(422);
                    assertThat(e.getResponse().getBody(String.class).orElse("")).contains("file");
                });
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/photos/not-a-hash").bearerAuth(dispatcher)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(400));
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/photos/" + "0".repeat(64)).bearerAuth(dispatcher)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(404));
    }

    /** Reads the event stream as the console does (fetch with the bearer header); lines without blanks. */
    private List<String> listen(String token) {
        List<String> lines = new CopyOnWriteArrayList<>();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/v1/cases/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        client.sendAsync(request, BodyHandlers.ofLines()).thenAccept(response -> {
            try (Stream<String> body = response.body()) {
                body.map(line -> line.replace(": ", ":")).forEach(lines::add);
            }
        });
        return lines;
    }
}
