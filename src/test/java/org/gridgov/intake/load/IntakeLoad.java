package org.gridgov.intake.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import org.gridgov.support.NearestRank;

/**
 * Load script (not a test): posts worker reports to a running platform for a fixed time and prints
 * reports/s with p50/p99 latency, and measures in the same run the raw rate of single-row INSERTs
 * of the same report row straight into PostgreSQL (autocommit, same number of clients). After a
 * warm-up of both, the two alternate for a number of rounds; the raw rows are removed at the end.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.gridgov.intake.load.IntakeLoad \
 *      [baseUrl=http://localhost:8080] [seconds=30] [clients=4] [jdbcUrl] [dbUser] [dbPassword] [warmUpSeconds=15] [rounds=3]
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
        int warmUpSeconds = Integer.parseInt(arg(args, 6, "15"));
        int rounds = Integer.parseInt(arg(args, 7, "3"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String token = login(http, base);
        double[] point = centreOfFirstGrid(http, base, token);
        System.out.printf("target %s, %d s, %d clients, point %.6f,%.6f%n", base, seconds, clients, point[0], point[1]);

        // warm-up, not counted: both JVMs compile the hot paths first (the first seconds run interpreted)
        post(base, token, point, warmUpSeconds, clients);
        rawInserts(jdbcUrl, dbUser, dbPassword, point, Math.max(1, warmUpSeconds / 3), clients);

        // the two are measured in alternating rounds, so that a checkpoint or a neighbour's burst
        // falls on both rather than on one
        List<Result> apiRounds = new ArrayList<>();
        List<Result> rawRounds = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Result api = post(base, token, point, seconds, clients);
            Result raw = rawInserts(jdbcUrl, dbUser, dbPassword, point, seconds, clients);
            apiRounds.add(api);
            rawRounds.add(raw);
            ratios.add(api.perSecond() / raw.perSecond());
            System.out.printf("round %d: API %8.1f /s, raw INSERT %8.1f /s, API / raw = %.1f%%%n", round, api.perSecond(),
                    raw.perSecond(), 100.0 * api.perSecond() / raw.perSecond());
        }
        Result api = Result.merge(apiRounds);
        Result raw = Result.merge(rawRounds);
        Collections.sort(ratios);
        System.out.println(api.describe("HTTP POST /api/v1/reports (locate + report + outbox, 1 tx)"));
        System.out.println(raw.describe("raw single-row INSERT of the same report row (autocommit)"));
        System.out.printf("API rate / raw INSERT rate = %.1f%% over all rounds (median of rounds %.1f%%)%n",
                100.0 * api.perSecond() / raw.perSecond(), 100.0 * ratios.get(ratios.size() / 2));
    }

    record Result(long count, long errors, double seconds, List<Long> latenciesNanos) {

        double perSecond() {
            return count / seconds;
        }

        static Result merge(List<Result> rounds) {
            List<Long> latencies = new ArrayList<>();
            rounds.forEach(r -> latencies.addAll(r.latenciesNanos()));
            return new Result(rounds.stream().mapToLong(Result::count).sum(), rounds.stream().mapToLong(Result::errors).sum(),
                    rounds.stream().mapToDouble(Result::seconds).sum(), latencies);
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
            return NearestRank.quantile(sorted, p) / 1e6;
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

    private static Result post(String base, String token, double[] point, int seconds, int clients) throws Exception {
        URI target = URI.create(base);
        return timed(seconds, clients, () -> {
            PlainHttp connection = new PlainHttp(target.getHost(), target.getPort() < 0 ? 80 : target.getPort());
            return () -> connection.post("/api/v1/reports", token, reportJson(UUID.randomUUID(), point)) == 201;
        });
    }

    /**
     * A bare HTTP/1.1 keep-alive connection: the request is written as bytes and only the status,
     * the headers needed to find the body's end and the body are read. The client shares the two
     * cores with the platform and PostgreSQL, so it must cost as little as it can; the JDK's
     * HttpClient spent about as much CPU per request as the platform itself.
     */
    static final class PlainHttp {

        private final String host;
        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        PlainHttp(String host, int port) {
            this.host = host;
            this.port = port;
        }

        int post(String path, String bearer, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: Bearer " + bearer
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            }
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return readResponse();
        }

        private int readResponse() throws IOException {
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            if (close) {
                socket.close();
                socket = null;
            }
            return code;
        }

        private void skip(long count) throws IOException {
            long left = count;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("connection closed inside a response body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder text = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed inside a response head");
                }
                if (c != '\r') {
                    text.append((char) c);
                }
            }
            return text.toString();
        }
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
