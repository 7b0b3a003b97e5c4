package org.gridgov.processes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A grid worker's phone. The worker makes reports (each at a spot of its own in the worker's grid,
 * over 50 m from the others, so each is an event of its own); the phone queues them and sends them
 * one after another to {@code POST /api/v1/reports}. A report that gets no answer, or an error the
 * platform may get over (5xx, 429), is sent again with the same {@code clientReportId}, after a
 * growing pause, until the platform takes it: what the field app's offline queue does.
 */
final class FieldPhone {

    /** A report the platform took: its id, and how many times the phone had to send it. */
    record Delivered(UUID clientReportId, UUID reportId, int attempts) {
    }

    /** A report the platform refused for good (a 4xx): a test bug or a platform defect, never expected here. */
    record Refused(UUID clientReportId, int status, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(4);

    private final String worker;
    private final String token;
    private final URI platform;
    private final Grid grid;
    private final String category;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger made = new AtomicInteger();
    private final ConcurrentLinkedQueue<Delivered> delivered = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Refused> refused = new ConcurrentLinkedQueue<>();
    private final AtomicInteger retries = new AtomicInteger();
    private CompletableFuture<Void> queue = CompletableFuture.completedFuture(null);

    /** A grid cell of the test: its code and its south-west corner; spots lie on a lattice inside it. */
    record Grid(String code, double south, double west, double size) {
    }

    FieldPhone(String worker, String token, URI platform, Grid grid, String category) {
        this.worker = worker;
        this.token = token;
        this.platform = platform;
        this.grid = grid;
        this.category = category;
    }

    /** The worker makes a report; the phone sends it once those made before it are taken. */
    synchronized void makeReport() {
        int n = made.getAndIncrement();
        UUID clientReportId = UUID.randomUUID();
        String body = json(report(clientReportId, n));
        Instant madeAt = Instant.now();
        queue = queue.thenCompose(previous -> send(clientReportId, body, 1, madeAt));
    }

    /** Completes when every report made so far was taken or refused. */
    synchronized CompletableFuture<Void> allSent() {
        return queue;
    }

    int made() {
        return made.get();
    }

    List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    List<Refused> refused() {
        return List.copyOf(refused);
    }

    /** How many times a report had to be sent again. */
    int retries() {
        return retries.get();
    }

    String worker() {
        return worker;
    }

    String token() {
        return token;
    }

    Grid grid() {
        return grid;
    }

    private CompletableFuture<Void> send(UUID clientReportId, String body, int attempt, Instant madeAt) {
        HttpRequest request = HttpRequest.newBuilder(platform.resolve("/api/v1/reports"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((answer, failure) -> {
                    if (answer != null && (answer.statusCode() == 200 || answer.statusCode() == 201)) {
                        delivered.add(new Delivered(clientReportId, UUID.fromString(read(answer.body()).get("id").toString()), attempt));
                        return true;
                    }
                    if (answer != null && answer.statusCode() < 500 && answer.statusCode() != 429) {
                        refused.add(new Refused(clientReportId, answer.statusCode(), answer.body()));
                        return true;
                    }
                    if (Duration.between(madeAt, Instant.now()).compareTo(GIVE_UP_AFTER) > 0) {
                        refused.add(new Refused(clientReportId, answer == null ? 0 : answer.statusCode(),
                                "given up after " + attempt + " attempts: " + (answer == null ? failure : answer.body())));
                        return true;
                    }
                    return false;
                })
                .thenCompose(done -> {
                    if (done) {
                        return CompletableFuture.completedFuture(null);
                    }
                    retries.incrementAndGet();
                    long pause = Math.min(2000, 100L << Math.min(attempt, 5));
                    return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS))
                            .thenCompose(waited -> send(clientReportId, body, attempt + 1, madeAt));
                });
    }

    /** The n-th spot of the grid: a lattice ~80 m apart, away from the edges. */
    private Map<String, Object> report(UUID clientReportId, int n) {
        double step = 0.0008;
        int perRow = (int) (grid.size() / step) - 1;
        if (n >= perRow * perRow) {
            throw new IllegalStateException("grid " + grid.code() + " has room for " + perRow * perRow + " reports");
        }
        double lat = grid.south() + step * (1 + n / perRow);
        double lon = grid.west() + step * (1 + n % perRow);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("clientReportId", clientReportId.toString());
        report.put("category", category);
        report.put("description", "巡查上报 " + worker + " #" + n);
        report.put("location", Map.of("lat", lat, "lon", lon, "accuracy", 5.0, "crs", "wgs84"));
        report.put("observedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("severity", "normal");
        return report;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<?, ?> read(String body) {
        try {
            return JSON.readValue(body, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
