package org.gridgov.intake.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load script (not a test): posts worker reports to a running platform for a fixed time and prints
 * reports/s with p50/p99 latency, then measures in the same run the raw rate of single-row INSERTs
 * of the same report row straight into PostgreSQL (autocommit, same number of clients), and
 * removes those raw rows again.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.gridgov.intake.load.IntakeLoad \
 *      [baseUrl=http://localhost:8080] [seconds=30] [clients=4] [jdbcUrl] [dbUser] [dbPassword]
 * </pre>
 * Logs in as the demo worker ({@code worker}/{@code gridgov-demo}) and reports at the centre of the
 * worker's first demo grid, so the grid service's locate runs for every report.
 */
public final class IntakeLoad {

    public static void main(String[] args) throws Exception {
        String base = arg(args, 0, "http://localhost:8080");
        int seconds = Integer.parseInt(arg(args, 1, "30"));
        int clients = Integer.parseInt(arg(args, 2, "4"));
        String jdbcUrl = arg(args, 3, "jdbc:postgresql://127.0.0.1:5432/gridgov");
        String dbUser = arg(args, 4, "gridgov");
        String dbPassword = arg(args, 5, "gridgov");

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String token = login(http, base);
        double[] point = centreOfFirstGrid(http, base, token);
        System.out.printf("target %s, %d s, %d clients, point %.6f,%.6f%n", base, seconds, clients, point[0], point[1]);

        post(http, base, token, point, 2, Math.max(2, clients)); // warm-up, not counted
        Result api = post(http, base, token, point, seconds, clients);
        Result raw = rawInserts(jdbcUrl, dbUser, dbPassword, point, seconds, clients);

        System.out.println(api.describe("HTTP POST /api/v1/reports (locate + report + outbox, 1 tx)"));
        System.out.println(raw.describe("raw single-row INSERT of the same report row (autocommit)"));
        System.out.printf("API rate / raw INSERT rate = %.1f%%%n", 100.0 * api.perSecond() / raw.perSecond());
    }

    record Result(long count, long errors, double seconds, List<Long> latenciesNanos) {

        double perSecond() {
            return count / seconds;
        }

        String describe(String what) {
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            return String.format("%-62s %8.1f /s  p50 %6.2f ms  p99 %6.2f ms  (n=%d, errors=%d)", what, perSecond(),
                    percentile(sorted, 0.50), percentile(sorted, 0.99), count, errors);
        }

        static double percentile(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }
    }

    private interface Call {
        boolean run() throws Exception;
    }

    private static Result timed(int seconds, int clients, java.util.function.Supplier<Call> perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Call call = perClient.get();
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    if (call.run()) {
                        latencies.add(System.nanoTime() - t0);
                    } else {
                        errors.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(all.size(), errors.get(), elapsed, all);
    }

    private static Result post(HttpClient http, String base, String token, double[] point, int seconds, int clients) throws Exception {
        return timed(seconds, clients, () -> () -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(reportJson(UUID.randomUUID(), point))).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 201;
        });
    }

    private static Result rawInserts(String url, String user, String password, double[] point, int seconds, int clients) throws Exception {
        List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
        try {
            return timed(seconds, clients, () -> {
                try {
                    Connection connection = DriverManager.getConnection(url, user, password);
                    connections.add(connection);
                    PreparedStatement insert = connection.prepareStatement("""
                            INSERT INTO intake.report (id, client_report_id, source, reporter, category, description, location,
                              accuracy, submitted_crs, address, severity, attributes, grid_code, community_code, township_code,
                              district_code, outside_own_grids, observed_at, received_at, updated_at, fingerprint)
                            VALUES (?, ?, 'worker', 'load-raw', '0102', ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), 6.5, 'wgs84',
                              NULL, 'normal', '{"volume_m3":2}'::jsonb, '370303102001001', '370303102001', '370303102', '370303',
                              false, now(), now(), now(), ?)
                            """);
                    return () -> {
                        UUID id = UUID.randomUUID();
                        insert.setObject(1, id);
                        insert.setObject(2, UUID.randomUUID());
                        insert.setString(3, "load " + id);
                        insert.setDouble(4, point[1]);
                        insert.setDouble(5, point[0]);
                        insert.setString(6, "0".repeat(64));
                        return insert.executeUpdate() == 1;
                    };
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            try (Connection cleanup = DriverManager.getConnection(url, user, password);
                 PreparedStatement delete = cleanup.prepareStatement("DELETE FROM intake.report WHERE reporter = 'load-raw'")) {
                delete.executeUpdate();
            }
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static String reportJson(UUID clientId, double[] point) {
        return """
                {"clientReportId":"%s","category":"0102","description":"load %s",
                 "location":{"lat":%s,"lon":%s,"accuracy":6.5,"crs":"wgs84"},
                 "observedAt":"%s","severity":"normal","attributes":{"volume_m3":2}}
                """.formatted(clientId, clientId, point[0], point[1], Instant.now().minusSeconds(60));
    }

    private static String login(HttpClient http, String base) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"worker\",\"password\":\"gridgov-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("login as the demo worker failed: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    /** The mean of the first ring's vertices of the worker's first grid (a convex demo cell: inside it). */
    private static double[] centreOfFirstGrid(HttpClient http, String base, String token) throws Exception {
        HttpResponse<String> grid = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/grids/370303102001001"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher pairs = Pattern.compile("\\[\\s*(-?[0-9.]+)\\s*,\\s*(-?[0-9.]+)\\s*]").matcher(grid.body());
        double lon = 0;
        double lat = 0;
        int n = 0;
        List<double[]> ring = new ArrayList<>();
        while (pairs.find()) {
            ring.add(new double[] {Double.parseDouble(pairs.group(1)), Double.parseDouble(pairs.group(2))});
        }
        if (ring.size() < 4) {
            throw new IllegalStateException("demo grid 370303102001001 not found: " + grid.statusCode() + " " + grid.body());
        }
        for (double[] p : ring.subList(0, ring.size() - 1)) {
            lon += p[0];
            lat += p[1];
            n++;
        }
        return new double[] {lat / n, lon / n};
    }

    private static String arg(String[] args, int i, String fallback) {
        return args.length > i && !args[i].isBlank() ? args[i] : fallback;
    }
}
