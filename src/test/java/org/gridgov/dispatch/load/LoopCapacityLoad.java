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
 *      [drainSeconds=120]
 * </pre>
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
        int[] rates = Arrays.stream(arg(args, 1, "50,100,150,200").split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(arg(args, 2, "30"));
        String jdbcUrl = arg(args, 3, "jdbc:postgresql://127.0.0.1:5432/gridgov");
        String dbUser = arg(args, 4, "gridgov");
        String dbPassword = arg(args, 5, "gridgov");
        int drainSeconds = Integer.parseInt(arg(args, 6, "120"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        String token = HotCaseLoad.login(http, base);
        List<double[]> points = HotCaseLoad.pointsInTownship(http, base, token,
                HotCaseLoad.centreOfFirstGrid(http, base, token), LATTICE_METRES);
        List<String> categories = HotCaseLoad.categories();
        int combinations = points.size() * categories.size();
        int total = Arrays.stream(rates).map(rate -> rate * seconds).sum();
        if (total > combinations) {
            throw new IllegalStateException("%d reports would repeat a point and category: the township has %d"
                    .formatted(total, combinations) + " (fewer seconds per rate, or fewer rates per run)");
        }
        // a random start, so that a second run on the same database within 72 h rarely repeats a spot
        int next = ThreadLocalRandom.current().nextInt(combinations);
        System.out.printf("target %s: rates %s reports/s, %d s each, %d points × %d categories%n",
                base, Arrays.toString(rates), seconds, points.size(), categories.size());
        System.out.println("offered/s  achieved/s  accepted  refused  p50 ms  p95 ms  p99 ms  max ms  no case  not dispatched  linked  http p50  http p99");

        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            for (int rate : rates) {
                token = HotCaseLoad.login(http, base); // a token lasts 15 minutes
                int count = rate * seconds;
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
