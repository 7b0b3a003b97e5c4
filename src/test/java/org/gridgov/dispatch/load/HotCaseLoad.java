package org.gridgov.dispatch.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.support.NearestRank;

/**
 * Load script (not a test): a hot case on the whole running platform. The demo worker reports one
 * event (category 0102 at one point) over and over, so routing links every report after the first
 * to one case, while other reports (other categories and points, each its own case) arrive at a
 * steady rate elsewhere in the worker's township. Every report goes the whole way: intake's API,
 * the outbox, routing, dispatch, and back on gridgov.cases.v1 to intake, routing and the dashboard.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.gridgov.dispatch.load.HotCaseLoad \
 *      [baseUrl=http://localhost:8080] [links=20000] [otherPerSecond=100] [maxMinutes=30] [jdbcUrl] [dbUser] [dbPassword] [drainMinutes=10]
 *      [hotPerSecond=0] [townships=1] [adminPassword] [warmUpSeconds=0]
 * </pre>
 * With {@code townships} above 1 the other reports come from a worker the script adds, across the demo
 * worker's township and the next with the most demo grids ({@link LoopCapacityLoad}), so that each is a
 * case of its own however long the run; {@code warmUpSeconds} sends other reports at their rate before
 * the hot case starts (left out of the figures), so that the figures are those of a warm platform.
 * With {@code hotPerSecond=0}, hot reports are kept at most {@value #HOT_BACKLOG} ahead of dispatch, so the
 * platform always has links to make and the time between links is what one link costs (the other reports
 * then compete with a flood). With a rate, the hot reports arrive at that pace, as sightings of a real event
 * would, and the other reports' latencies show whether the hot case holds back the rest of the city. At the end it reads, from the
 * services' own tables, when each link was made ({@code dispatch.case_report.linked_at}) and, for
 * every other report, when intake received it, when dispatch gave it its case and when intake
 * showed the case to the reporter ({@code intake.report.updated_at}, stamped when intake linked it).
 */
public final class HotCaseLoad {

    static final int HOT_BACKLOG = 300;
    private static final String HOT_CATEGORY = "0102";
    private static final double METRES_PER_DEGREE_LAT = 111_320;

    public static void main(String[] args) throws Exception {
        String base = arg(args, 0, "http://localhost:8080");
        int links = Integer.parseInt(arg(args, 1, "20000"));
        int otherPerSecond = Integer.parseInt(arg(args, 2, "100"));
        int maxMinutes = Integer.parseInt(arg(args, 3, "30"));
        String jdbcUrl = arg(args, 4, "jdbc:postgresql://127.0.0.1:5432/gridgov");
        String dbUser = arg(args, 5, "gridgov");
        String dbPassword = arg(args, 6, "gridgov");
        int drainMinutes = Integer.parseInt(arg(args, 7, "10"));
        int hotPerSecond = Integer.parseInt(arg(args, 8, "0"));
        int townships = Integer.parseInt(arg(args, 9, "1"));
        int warmUpSeconds = Integer.parseInt(arg(args, 11, "0"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        String token = login(http, base);
        double[] centre = centreOfFirstGrid(http, base, token);
        List<String> otherCategories = categories().stream().filter(c -> !c.equals(HOT_CATEGORY)).toList();
        // the other reports: 80 m apart (beyond the 50 m duplicate radius), each point with every category once
        LoopCapacityLoad.Reporter otherReporter = LoopCapacityLoad.reporterAcross(http, base, jdbcUrl, dbUser, dbPassword,
                townships, arg(args, 10, null), 80);
        String othersToken = otherReporter.login(http, base);
        List<double[]> otherPoints = otherReporter.points();
        IntFunction<String> sendOther = i -> {
            double[] p = otherPoints.get((i / otherCategories.size()) % otherPoints.size());
            return post(http, base, othersToken, otherCategories.get(i % otherCategories.size()), p[0], p[1]);
        };
        System.out.printf("target %s: %d links to one case, %d other reports/s (%d points), at most %d min, centre %.6f,%.6f%n",
                base, links, otherPerSecond, otherPoints.size(), maxMinutes, centre[0], centre[1]);

        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            AtomicInteger otherIndex = new AtomicInteger();
            ExecutorService otherSenders = Executors.newFixedThreadPool(32);
            if (warmUpSeconds > 0) {
                long period = 1_000_000_000L / otherPerSecond;
                long start = System.nanoTime();
                for (int n = 0; n < warmUpSeconds * otherPerSecond; n++) {
                    java.util.concurrent.locks.LockSupport.parkNanos(start + n * period - System.nanoTime());
                    int i = otherIndex.getAndIncrement();
                    otherSenders.execute(() -> sendOther.apply(i));
                }
                System.out.printf("warmed up: %d other reports in %d s, left out of the figures%n", otherIndex.get(), warmUpSeconds);
            }
            String first = post(http, base, token, HOT_CATEGORY, centre[0], centre[1]);
            if (first == null) {
                throw new IllegalStateException("the first hot report was refused");
            }
            UUID caseId = awaitCaseOf(db, UUID.fromString(first), Duration.ofMinutes(2));
            System.out.println("hot case " + caseId);

            Instant deadline = Instant.now().plus(Duration.ofMinutes(maxMinutes));
            AtomicInteger hotAccepted = new AtomicInteger(1);
            AtomicLong linked = new AtomicLong(1);
            ConcurrentLinkedQueue<String> others = new ConcurrentLinkedQueue<>();
            AtomicInteger otherRefused = new AtomicInteger();
            Instant started = Instant.now();

            ScheduledExecutorService pacer = Executors.newScheduledThreadPool(2);
            pacer.scheduleAtFixedRate(() -> {
                int i = otherIndex.getAndIncrement();
                otherSenders.execute(() -> {
                    String id = sendOther.apply(i);
                    if (id == null) {
                        otherRefused.incrementAndGet();
                    } else {
                        others.add(id);
                    }
                });
            }, 0, 1_000_000L / otherPerSecond, TimeUnit.MICROSECONDS);

            ExecutorService hotSenders = Executors.newFixedThreadPool(hotPerSecond > 0 ? 32 : 4);
            // within a few metres of the first: the same event seen by another worker
            Runnable sendHot = () -> {
                double jitter = (ThreadLocalRandom.current().nextDouble() - 0.5) * 10 / METRES_PER_DEGREE_LAT;
                if (post(http, base, token, HOT_CATEGORY, centre[0] + jitter, centre[1] + jitter) == null) {
                    hotAccepted.decrementAndGet();
                }
            };
            if (hotPerSecond > 0) {
                pacer.scheduleAtFixedRate(() -> {
                    if (hotAccepted.incrementAndGet() > links + 1) {
                        hotAccepted.decrementAndGet();
                    } else {
                        hotSenders.execute(sendHot);
                    }
                }, 0, 1_000_000L / hotPerSecond, TimeUnit.MICROSECONDS);
            } else {
                for (int t = 0; t < 4; t++) {
                    hotSenders.execute(() -> {
                        while (hotAccepted.get() < links + 1 && Instant.now().isBefore(deadline)) {
                            if (hotAccepted.get() - linked.get() >= HOT_BACKLOG) {
                                pause(50);
                                continue;
                            }
                            if (hotAccepted.incrementAndGet() > links + 1) {
                                hotAccepted.decrementAndGet();
                                break;
                            }
                            sendHot.run();
                        }
                    });
                }
            }
            int[] marks = {100, 1_000, 10_000, 20_000};
            int nextMark = 0;
            while (linked.get() < links + 1 && Instant.now().isBefore(deadline)) {
                pause(1000);
                linked.set(reportCount(db, caseId));
                while (nextMark < marks.length && linked.get() >= marks[nextMark]) {
                    System.out.printf("%6.0f s: %d reports on the hot case, %d other reports sent%n",
                            secondsSince(started), linked.get(), others.size());
                    nextMark++;
                }
            }
            hotSenders.shutdownNow();
            pacer.shutdownNow();
            otherSenders.shutdown();
            otherSenders.awaitTermination(1, TimeUnit.MINUTES);
            double loadSeconds = secondsSince(started);
            System.out.printf("load ran %.0f s: hot case has %d reports (%d accepted), %d other reports accepted, %d refused%n",
                    loadSeconds, reportCount(db, caseId), hotAccepted.get(), others.size(), otherRefused.get());
            REFUSALS.forEach((why, count) -> System.out.printf("  refused (hot and other): %d × %s%n", count.get(), why));

            List<UUID> otherIds = others.stream().map(UUID::fromString).toList();
            awaitDrained(db, caseId, hotAccepted.get(), otherIds, Duration.ofMinutes(drainMinutes));
            printLinkCost(db, caseId);
            printOtherLatencies(db, otherIds, started);
        }
        System.exit(0);
    }

    /** Time per link around the n-th link: the spread of link times over the 100 links around it. */
    private static void printLinkCost(Connection db, UUID caseId) throws Exception {
        List<Instant> at = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT linked_at FROM dispatch.case_report WHERE case_id = ? ORDER BY position")) {
            s.setObject(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    at.add(rs.getTimestamp(1).toInstant());
                }
            }
        }
        System.out.println("time per link (mean over the 100 links around the n-th, links made back to back):");
        for (int n : new int[] {100, 1_000, 10_000, 20_000}) {
            if (at.size() < n) {
                System.out.printf("  %6d: not reached (%d links)%n", n, at.size());
                continue;
            }
            int from = Math.max(1, n - 50);
            int to = Math.min(at.size(), n + 50);
            double ms = Duration.between(at.get(from - 1), at.get(to - 1)).toNanos() / 1e6 / (to - from);
            System.out.printf("  %6d: %7.1f ms per link%n", n, ms);
        }
    }

    /** For every other report: received → case in dispatch, and received → case shown by intake; p99 per minute too. */
    private static void printOtherLatencies(Connection db, List<UUID> ids, Instant started) throws Exception {
        List<Long> toCase = new ArrayList<>();
        List<Long> shown = new ArrayList<>();
        Map<Long, List<Long>> shownByMinute = new TreeMap<>();
        Map<Long, List<Long>> toCaseByMinute = new TreeMap<>();
        try (PreparedStatement s = db.prepareStatement("""
                SELECT r.received_at, r.updated_at, cr.linked_at
                  FROM intake.report r JOIN dispatch.case_report cr ON cr.report_id = r.id
                 WHERE r.id = ANY (?) AND r.case_id IS NOT NULL""")) {
            s.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Instant received = rs.getTimestamp(1).toInstant();
                    long caseMs = Duration.between(received, rs.getTimestamp(3).toInstant()).toMillis();
                    long shownMs = Duration.between(received, rs.getTimestamp(2).toInstant()).toMillis();
                    long minute = Duration.between(started, received).toMinutes();
                    toCase.add(caseMs);
                    shown.add(shownMs);
                    toCaseByMinute.computeIfAbsent(minute, m -> new ArrayList<>()).add(caseMs);
                    shownByMinute.computeIfAbsent(minute, m -> new ArrayList<>()).add(shownMs);
                }
            }
        }
        System.out.printf("other reports with their case: %d of %d%n", toCase.size(), ids.size());
        System.out.printf("  received -> case in dispatch: p50 %d ms, p99 %d ms, max %d ms%n",
                pct(toCase, 50), pct(toCase, 99), pct(toCase, 100));
        System.out.printf("  received -> intake shows case: p50 %d ms, p99 %d ms, max %d ms%n",
                pct(shown, 50), pct(shown, 99), pct(shown, 100));
        System.out.println("  per minute of the run (reports, p99 to case, p99 shown):");
        for (Map.Entry<Long, List<Long>> minute : shownByMinute.entrySet()) {
            System.out.printf("    minute %2d: %5d, %6d ms, %6d ms%n", minute.getKey(), minute.getValue().size(),
                    pct(toCaseByMinute.get(minute.getKey()), 99), pct(minute.getValue(), 99));
        }
    }

    private static void awaitDrained(Connection db, UUID caseId, int hot, List<UUID> others, Duration limit) throws Exception {
        Instant until = Instant.now().plus(limit);
        Instant began = Instant.now();
        while (Instant.now().isBefore(until)) {
            long withoutCase;
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT count(*) FROM intake.report WHERE id = ANY (?) AND case_id IS NULL")) {
                s.setArray(1, db.createArrayOf("uuid", others.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    withoutCase = rs.getLong(1);
                }
            }
            long count = reportCount(db, caseId);
            if (withoutCase == 0 && count >= hot) {
                System.out.printf("drained %.0f s after the load stopped%n", secondsSince(began));
                return;
            }
            pause(1000);
        }
        System.out.println("NOT drained within " + limit + ": the figures below cover what arrived");
    }

    private static long reportCount(Connection db, UUID caseId) throws Exception {
        try (PreparedStatement s = db.prepareStatement("SELECT report_count FROM dispatch.dispatch_case WHERE id = ?")) {
            s.setObject(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static UUID awaitCaseOf(Connection db, UUID reportId, Duration limit) throws Exception {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            try (PreparedStatement s = db.prepareStatement("SELECT case_id FROM dispatch.case_report WHERE report_id = ?")) {
                s.setObject(1, reportId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return rs.getObject(1, UUID.class);
                    }
                }
            }
            pause(200);
        }
        throw new IllegalStateException("report " + reportId + " got no case within " + limit);
    }

    /** 121 × 121 offsets 80 m apart (9.6 km across), nearest the centre first. */
    private static final List<int[]> LATTICE = lattice(121);

    /** side × side lattice offsets (side odd), nearest the centre first. */
    private static List<int[]> lattice(int side) {
        return java.util.stream.IntStream.range(0, side * side)
            .mapToObj(k -> new int[] {k % side - side / 2, k / side - side / 2})
            .sorted(java.util.Comparator.comparingInt(o -> o[0] * o[0] + o[1] * o[1]))
            .toList();
    }

    /** The lattice point at an offset from the centre. */
    static double[] latticePoint(double[] centre, int[] offset) {
        return latticePoint(centre, offset, 80);
    }

    /** The lattice point at an offset from the centre, the lattice's points {@code metres} apart. */
    static double[] latticePoint(double[] centre, int[] offset, double metres) {
        double lat = centre[0] + offset[1] * metres / METRES_PER_DEGREE_LAT;
        double lon = centre[1] + offset[0] * metres / (METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(centre[0])));
        return new double[] {lat, lon};
    }

    /**
     * The lattice points, {@code metres} apart, that lie in the township of the centre (nearest the centre
     * first), found with the grid service's batch locate: a worker may not report outside its township,
     * so other points would only be refused.
     */
    static List<double[]> pointsInTownship(HttpClient http, String base, String token, double[] centre, double metres)
            throws Exception {
        // the same 9.6 km square whatever the spacing
        List<int[]> offsets = metres == 80 ? LATTICE : lattice((int) Math.ceil(9_600 / metres / 2) * 2 + 1);
        List<double[]> all = offsets.stream().map(o -> latticePoint(centre, o, metres)).toList();
        String township = null;
        List<double[]> inside = new ArrayList<>();
        Pattern located = Pattern.compile("\"index\":(\\d+),\"located\":\\{.*?\"township\":\\{\"code\":\"(\\d+)\"");
        for (int from = 0; from < all.size(); from += 500) {
            List<double[]> batch = all.subList(from, Math.min(all.size(), from + 500));
            StringBuilder body = new StringBuilder("{\"points\":[");
            for (int k = 0; k < batch.size(); k++) {
                body.append(k == 0 ? "" : ",").append("{\"lat\":%.7f,\"lon\":%.7f,\"crs\":\"wgs84\"}"
                        .formatted(batch.get(k)[0], batch.get(k)[1]));
            }
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/locate"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body.append("]}").toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("batch locate answered " + answer.statusCode() + ": " + answer.body());
            }
            // one result per element of the array: split so that the lazy match stays inside its result
            for (String result : answer.body().split("\\},\\{\"index\"")) {
                Matcher m = located.matcher(result.startsWith("{\"results\"") ? result : "\"index\"" + result);
                if (m.find()) {
                    if (township == null) {
                        township = m.group(2); // the centre comes first: it lies in the worker's first grid
                    }
                    if (m.group(2).equals(township)) {
                        inside.add(batch.get(Integer.parseInt(m.group(1))));
                    }
                }
            }
        }
        System.out.printf("%d of %d lattice points lie in township %s%n", inside.size(), all.size(), township);
        return inside;
    }

    /** Posts a worker report; answers its id, or null when it was refused (a point outside the township). */
    private static String post(HttpClient http, String base, String token, String category, double lat, double lon) {
        String body = """
                {"clientReportId":"%s","category":"%s","description":"hot case load",
                 "location":{"lat":%.7f,"lon":%.7f,"accuracy":8,"crs":"wgs84"},"observedAt":"%s"}"""
                .formatted(UUID.randomUUID(), category, lat, lon, Instant.now().minusSeconds(5));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                refused("HTTP " + response.statusCode() + " " + problemTitle(response.body()));
                return null;
            }
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(response.body());
            return id.find() ? id.group(1) : null;
        } catch (Exception e) {
            refused(e.getClass().getSimpleName());
            return null;
        }
    }

    private static final Map<String, AtomicInteger> REFUSALS = new java.util.concurrent.ConcurrentHashMap<>();

    private static void refused(String why) {
        REFUSALS.computeIfAbsent(why, w -> new AtomicInteger()).incrementAndGet();
    }

    private static String problemTitle(String body) {
        Matcher title = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        return title.find() ? title.group(1) : "";
    }

    static List<String> categories() throws Exception {
        List<String> codes = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                HotCaseLoad.class.getResourceAsStream("/reference/categories.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                codes.add(line.substring(0, line.indexOf(',')));
            }
        }
        return codes;
    }

    static String login(HttpClient http, String base) throws Exception {
        return login(http, base, "worker", "gridgov-demo");
    }

    /** An access token of an account, signed in as the console does ({@code POST /login}). */
    public static String login(HttpClient http, String base, String username, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("login as " + username + " failed: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    /** The mean of the first ring's vertices of the worker's first grid (a convex demo cell: inside it). */
    static double[] centreOfFirstGrid(HttpClient http, String base, String token) throws Exception {
        return centreOfGrid(http, base, token, "370303102001001");
    }

    /** The mean of the first ring's vertices of a grid (a convex demo cell: inside it). */
    static double[] centreOfGrid(HttpClient http, String base, String token, String code) throws Exception {
        HttpResponse<String> grid = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/grids/" + code))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher pairs = Pattern.compile("\\[\\s*(-?[0-9.]+)\\s*,\\s*(-?[0-9.]+)\\s*]").matcher(grid.body());
        List<double[]> ring = new ArrayList<>();
        while (pairs.find()) {
            ring.add(new double[] {Double.parseDouble(pairs.group(1)), Double.parseDouble(pairs.group(2))});
        }
        if (ring.size() < 4) {
            throw new IllegalStateException("demo grid " + code + " not found: " + grid.statusCode());
        }
        double lon = 0;
        double lat = 0;
        for (double[] p : ring.subList(0, ring.size() - 1)) {
            lon += p[0];
            lat += p[1];
        }
        return new double[] {lat / (ring.size() - 1), lon / (ring.size() - 1)};
    }

    private static long pct(List<Long> values, int p) {
        if (values == null || values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return NearestRank.quantile(sorted, p / 100.0);
    }

    private static double secondsSince(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String arg(String[] args, int i, String fallback) {
        return args.length > i && !args[i].isBlank() ? args[i] : fallback;
    }


}
