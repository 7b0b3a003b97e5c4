package org.gridgov.dispatch.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.support.NearestRank;

/**
 * Load script (not a test): the capacity of the whole loop, report → work order. For each offered
 * rate it posts the demo worker's reports at that pace for a number of seconds, each report at its
 * own (point, category) so that none is a duplicate of another (same category within 50 m: the
 * points lie 55 m apart in the worker's township, found with the grid's batch locate as
 * {@link HotCaseLoad} does). Then it waits until every accepted report has its case and reads, from
 * the services' own tables, the time from intake's {@code intake.report.received_at} to the
 * timeline entry in which dispatch gave the case to a department ({@code dispatch.timeline_entry}
 * with {@code to_state = 'dispatched'}: the work order, {@code WorkOrderIssued}).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$PGJDBC org.gridgov.dispatch.load.LoopCapacityLoad \
 *      [baseUrl=http://localhost:8080] [rates=50,100,150,200] [secondsPerRate=30] [jdbcUrl] [dbUser] [dbPassword]
 *      [drainSeconds=120] [townships=1] [adminPassword]
 * </pre>
 * A rate may carry its own seconds ({@code 60@150,200@300}: a warm-up, then five minutes at 200/s).
 * With {@code townships} above 1 the script signs in as the administrator, adds a worker whose grids
 * lie in the demo worker's township and the next townships with the most demo grids, and reports
 * across all of them in turn, which holds that many times more (point, category) pairs.
 * The HTTP time of a report is counted from the moment the pacer meant to send it, so a client
 * that falls behind shows as latency rather than as a lower offered rate. The demo worker's township
 * holds some 19,000 (point, category) pairs: a run posts at most that many (the script refuses more),
 * and a second run on the same database within 72 h repeats some (they show as "linked").
 */
public final class LoopCapacityLoad {

    /** Beyond the 50 m duplicate radius with a margin for the lattice's flat-earth spacing. */
    private static final double LATTICE_METRES = 55;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private record Sent(long httpMicros, String reportId) {
    }

    public static void main(String[] args) throws Exception {
        String base = arg(args, 0, "http://localhost:8080");
        int defaultSeconds = Integer.parseInt(arg(args, 2, "30"));
        List<int[]> steps = Arrays.stream(arg(args, 1, "50,100,150,200").split(",")).map(step -> step.contains("@")
                ? new int[] {Integer.parseInt(step.substring(0, step.indexOf('@'))), Integer.parseInt(step.substring(step.indexOf('@') + 1))}
                : new int[] {Integer.parseInt(step), defaultSeconds}).toList();
        String jdbcUrl = arg(args, 3, "jdbc:postgresql://127.0.0.1:5432/gridgov");
        String dbUser = arg(args, 4, "gridgov");
        String dbPassword = arg(args, 5, "gridgov");
        int drainSeconds = Integer.parseInt(arg(args, 6, "120"));
        int townships = Integer.parseInt(arg(args, 7, "1"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        Reporter reporter = reporterAcross(http, base, jdbcUrl, dbUser, dbPassword, townships, arg(args, 8, null), LATTICE_METRES);
        List<double[]> points = reporter.points();
        List<String> categories = HotCaseLoad.categories();
        int combinations = points.size() * categories.size();
        int total = steps.stream().mapToInt(step -> step[0] * step[1]).sum();
        if (total > combinations) {
            throw new IllegalStateException("%d reports would repeat a point and category: the townships have %d"
                    .formatted(total, combinations) + " (fewer seconds per rate, fewer rates per run, or more townships)");
        }
        // a random start, so that a second run on the same database within 72 h rarely repeats a spot
        int next = ThreadLocalRandom.current().nextInt(combinations);
        System.out.printf("target %s: rates %s reports/s, %d points in %d township(s) × %d categories%n", base,
                steps.stream().map(step -> step[0] + "/s for " + step[1] + " s").toList(), points.size(), reporter.townships(),
                categories.size());
        System.out.println("offered/s  achieved/s  accepted  refused  p50 ms  p95 ms  p99 ms  max ms  no case  not dispatched  linked  http p50  http p99");

        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            for (int[] step : steps) {
                int rate = step[0];
                String token = reporter.login(http, base); // a token lasts 15 minutes
                int count = rate * step[1];
                ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
                Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
                List<CompletableFuture<?>> answers = new ArrayList<>(count);
                long periodNanos = 1_000_000_000L / rate;
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    long due = start + i * periodNanos;
                    LockSupport.parkNanos(due - System.nanoTime());
                    int k = (next + i) % combinations;
                    double[] p = points.get(k / categories.size());
                    answers.add(post(http, base, token, categories.get(k % categories.size()), p)
                            .handle((response, failure) -> {
                                long micros = (System.nanoTime() - due) / 1000;
                                if (failure != null) {
                                    refusals.computeIfAbsent(failure.getClass().getSimpleName(), w -> new AtomicInteger())
                                            .incrementAndGet();
                                    return null;
                                }
                                Matcher id = ID.matcher(response.body());
                                if (response.statusCode() == 201 && id.find()) {
                                    sent.add(new Sent(micros, id.group(1)));
                                } else {
                                    refusals.computeIfAbsent("HTTP " + response.statusCode(), w -> new AtomicInteger())
                                            .incrementAndGet();
                                }
                                return null;
                            }));
                }
                next += count;
                CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
                double achieved = sent.size() / ((System.nanoTime() - start) / 1e9);
                List<UUID> ids = sent.stream().map(s -> UUID.fromString(s.reportId())).toList();
                awaitCases(db, ids, Duration.ofSeconds(drainSeconds));
                List<Long> httpTimes = sent.stream().map(Sent::httpMicros).sorted().toList();
                printRow(db, rate, achieved, ids, refusals, httpTimes);
            }
        }
        System.exit(0);
    }

    /** Who reports a load and where: an account, and the lattice points of its townships in turn. */
    record Reporter(String username, String password, int townships, List<double[]> points) {

        String login(HttpClient http, String base) throws Exception {
            return HotCaseLoad.login(http, base, username, password);
        }
    }

    /**
     * The demo worker and the points of its township ({@code townships} = 1), or a worker the
     * administrator adds over the demo worker's township and the next with the most grids, and their
     * points, {@code metres} apart, in turn.
     */
    static Reporter reporterAcross(HttpClient http, String base, String jdbcUrl, String dbUser, String dbPassword,
                                   int townships, String adminPassword, double metres) throws Exception {
        String[] worker = {"worker", "gridgov-demo"};
        List<String> firstGrids = List.of("370303102001001");
        if (townships > 1) {
            try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
                firstGrids = firstGridsOfTownships(db, townships);
            }
            worker = workerOf(http, base, adminPassword, firstGrids);
        }
        String token = HotCaseLoad.login(http, base, worker[0], worker[1]);
        List<List<double[]>> perTownship = new ArrayList<>();
        for (String grid : firstGrids) {
            perTownship.add(HotCaseLoad.pointsInTownship(http, base, token, HotCaseLoad.centreOfGrid(http, base, token, grid), metres));
        }
        return new Reporter(worker[0], worker[1], firstGrids.size(), interleaved(perTownship));
    }

    /**
     * The first grid of the demo worker's township and of the next townships with the most live
     * grids: one grid per township is enough for a worker to report anywhere in it.
     */
    private static List<String> firstGridsOfTownships(Connection db, int townships) throws Exception {
        List<String> grids = new ArrayList<>(List.of("370303102001001"));
        try (PreparedStatement s = db.prepareStatement("""
                SELECT min(code) FROM grid.grid_cell WHERE NOT retired AND township_code <> '370303102'
                 GROUP BY township_code ORDER BY count(*) DESC, township_code LIMIT ?""")) {
            s.setInt(1, townships - 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    grids.add(rs.getString(1));
                }
            }
        }
        return grids;
    }

    /** A worker of the given grids, added by the administrator: its username and password. */
    private static String[] workerOf(HttpClient http, String base, String adminPassword, List<String> grids) throws Exception {
        if (adminPassword == null) {
            throw new IllegalArgumentException("townships above 1 need the administrator's password (the ninth argument)");
        }
        String admin = HotCaseLoad.login(http, base, "admin", adminPassword);
        String username = "loop-worker-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Loop-" + UUID.randomUUID();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + admin)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username":"%s","password":"%s","role":"WORKER","scope":[%s],"displayName":"负载测试网格员"}"""
                        .formatted(username, password, String.join(",", grids.stream().map(g -> "\"" + g + "\"").toList()))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("adding the load's worker answered " + created.statusCode() + ": " + created.body());
        }
        return new String[] {username, password};
    }

    /** The townships' points in turn, so that the load moves across them all the time. */
    private static List<double[]> interleaved(List<List<double[]>> perTownship) {
        List<double[]> points = new ArrayList<>();
        int longest = perTownship.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<double[]> township : perTownship) {
                if (i < township.size()) {
                    points.add(township.get(i));
                }
            }
        }
        return points;
    }

    /** Waits until every report has its case (a new case is registered and dispatched in the transaction that opens it). */
    private static void awaitCases(Connection db, List<UUID> ids, Duration limit) throws Exception {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until) && withoutCase(db, ids) > 0) {
            Thread.sleep(1000);
        }
    }

    private static long withoutCase(Connection db, List<UUID> ids) throws Exception {
        try (PreparedStatement s = db.prepareStatement("""
                SELECT count(*) FROM unnest(?::uuid[]) AS r (id)
                 WHERE NOT EXISTS (SELECT 1 FROM dispatch.case_report cr WHERE cr.report_id = r.id)""")) {
            s.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void printRow(Connection db, int rate, double achieved, List<UUID> ids,
                                 Map<String, AtomicInteger> refusals, List<Long> httpMicros) throws Exception {
        List<Long> toWorkOrder = new ArrayList<>();
        int noCase = 0;
        int notDispatched = 0;
        int linked = 0;
        try (PreparedStatement s = db.prepareStatement("""
                SELECT r.received_at, cr.position,
                       (SELECT min(t.at) FROM dispatch.timeline_entry t
                         WHERE t.case_id = cr.case_id AND t.to_state = 'dispatched')
                  FROM intake.report r LEFT JOIN dispatch.case_report cr ON cr.report_id = r.id
                 WHERE r.id = ANY (?)""")) {
            s.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp dispatched = rs.getTimestamp(3);
                    if (rs.getObject(2) == null) {
                        noCase++;
                    } else if (rs.getInt(2) > 1) {
                        linked++; // joined an older case: a duplicate of an earlier run's report
                    } else if (dispatched == null) {
                        notDispatched++; // waits for the township (no department named by routing)
                    } else {
                        toWorkOrder.add(Duration.between(rs.getTimestamp(1).toInstant(), dispatched.toInstant()).toMillis());
                    }
                }
            }
        }
        Collections.sort(toWorkOrder);
        int refused = refusals.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("%9d  %10.1f  %8d  %7d  %6d  %6d  %6d  %6d  %7d  %14d  %6d  %8.0f  %8.0f%n", rate, achieved,
                ids.size(), refused, pct(toWorkOrder, 50), pct(toWorkOrder, 95), pct(toWorkOrder, 99),
                pct(toWorkOrder, 100), noCase, notDispatched, linked, pct(httpMicros, 50) / 1000.0,
                pct(httpMicros, 99) / 1000.0);
        refusals.forEach((why, n) -> System.out.printf("           refused: %d × %s%n", n.get(), why));
    }

    private static CompletableFuture<HttpResponse<String>> post(HttpClient http, String base, String token,
                                                                String category, double[] point) {
        String body = """
                {"clientReportId":"%s","category":"%s","description":"loop capacity load",
                 "location":{"lat":%.7f,"lon":%.7f,"accuracy":8,"crs":"wgs84"},"observedAt":"%s"}"""
                .formatted(UUID.randomUUID(), category, point[0], point[1], Instant.now().minusSeconds(5));
        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The p-th percentile of sorted values (nearest rank), or -1 when there are none. */
    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return NearestRank.quantile(sorted, p / 100.0);
    }

    private static String arg(String[] args, int i, String fallback) {
        return args.length > i && !args[i].isBlank() ? args[i] : fallback;
    }
}
