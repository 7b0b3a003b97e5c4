package org.gridgov.processes;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestGridSerials;
import org.gridgov.support.TestTokens;

/**
 * Grid workers out on their rounds: each has a fresh grid cell of its own (created through the grid
 * API in a real Zibo community, at a place no other test uses) and a phone that reports through
 * intake's API. Reports are made at a steady pace whatever the platform is going through; the
 * phones catch up when it answers again.
 */
final class FieldWork implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double GRID_SIZE = 0.01;

    private final List<FieldPhone> phones;
    private final ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();

    private FieldWork(List<FieldPhone> phones) {
        this.phones = phones;
    }

    /**
     * {@code workers} workers, each with a ~1 km grid cell of {@code community}, reporting
     * {@code category} to the intake at {@code intake}; the grid role answers at {@code grid}.
     */
    static FieldWork start(String community, String category, int workers, URI grid, URI intake, TestTokens tokens) {
        String admin = tokens.issue("processes-admin", Role.ADMIN);
        List<FieldPhone> phones = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            String code = TestGridSerials.nextGrid(community);
            FieldPhone.Grid cell = cellOf(code);
            createGrid(grid, cell, admin);
            String worker = "processes-worker-" + code;
            phones.add(new FieldPhone(worker, tokens.issue(worker, Role.WORKER, List.of(code)), intake, cell, category));
        }
        for (FieldPhone phone : phones) {
            awaitLocated(grid, phone, admin);
        }
        return new FieldWork(phones);
    }

    /** Every phone makes a report every {@code interval} until it has made {@code perPhone}; completes when all are made. */
    CompletableFuture<Void> reportSteadily(int perPhone, Duration interval) {
        CompletableFuture<Void> made = new CompletableFuture<>();
        pace.scheduleAtFixedRate(() -> {
            if (made.isDone()) {
                return;
            }
            phones.stream().filter(phone -> phone.made() < perPhone).forEach(FieldPhone::makeReport);
            if (phones.stream().allMatch(phone -> phone.made() >= perPhone)) {
                made.complete(null);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return made.whenComplete((done, failure) -> pace.shutdown());
    }

    /** Reports made so far by all phones. */
    int made() {
        return phones.stream().mapToInt(FieldPhone::made).sum();
    }

    /** Waits until every phone has sent all it made (taken, or refused for good). */
    void awaitAllSent(Duration timeout) throws Exception {
        CompletableFuture.allOf(phones.stream().map(FieldPhone::allSent).toArray(CompletableFuture[]::new))
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<FieldPhone> phones() {
        return phones;
    }

    @Override
    public void close() {
        pace.shutdownNow();
    }

    /**
     * The cell's own spot, a function of its code: a second test class in the same run draws other
     * codes and so other spots, and grids must not overlap. 42–44°N, 123–124°E, away from the other
     * tests' grids and reports; a slot per community (last digits, eight apart) and serial (100–999).
     */
    static FieldPhone.Grid cellOf(String code) {
        int community = Integer.parseInt(code.substring(9, 12)) % 8;
        int serial = Integer.parseInt(code.substring(12));
        int slot = community * 900 + (serial - 100);
        int columns = 80;
        double south = 42.0 + (slot / columns) * (GRID_SIZE + 0.01);
        double west = 123.0 + (slot % columns) * (GRID_SIZE + 0.002);
        return new FieldPhone.Grid(code, south, west, GRID_SIZE);
    }

    private static void createGrid(URI grid, FieldPhone.Grid cell, String admin) {
        double w = cell.west();
        double s = cell.south();
        double e = w + cell.size();
        double n = s + cell.size();
        Map<String, Object> feature = Map.of("type", "Feature",
                "properties", Map.of("code", cell.code(), "name", "多进程测试网格 " + cell.code()),
                "geometry", Map.of("type", "MultiPolygon", "coordinates",
                        List.of(List.of(List.of(List.of(w, s), List.of(e, s), List.of(e, n), List.of(w, n), List.of(w, s))))));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(grid.resolve("/api/v1/grids/" + cell.code()))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + admin)
                .PUT(HttpRequest.BodyPublishers.ofString(json(feature))));
        if (answer.statusCode() != 200) {
            throw new AssertionError("grid " + cell.code() + " not created: " + answer.statusCode() + " " + answer.body());
        }
    }

    /** The grid role indexes a new cell from gridgov.grid.v1: wait until locate finds it. */
    private static void awaitLocated(URI grid, FieldPhone phone, String admin) {
        FieldPhone.Grid cell = phone.grid();
        URI locate = grid.resolve("/api/v1/locate?crs=wgs84&lat=" + (cell.south() + cell.size() / 2)
                + "&lon=" + (cell.west() + cell.size() / 2));
        await().atMost(Duration.ofSeconds(60)).until(() -> send(HttpRequest.newBuilder(locate)
                .header("Authorization", "Bearer " + admin).GET()).body().contains(cell.code()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
