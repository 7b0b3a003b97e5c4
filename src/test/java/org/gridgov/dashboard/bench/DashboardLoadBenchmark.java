package org.gridgov.dashboard.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.gridgov.dashboard.app.DashboardSettings;
import org.gridgov.dashboard.app.Labels;
import org.gridgov.dashboard.app.ReadFigures;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.Grouping;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.persistence.FigureQueries;
import org.gridgov.dashboard.persistence.GridOutlines;
import org.gridgov.dashboard.persistence.Sql;

/**
 * Load benchmark (not a test): loads N generated cases (default 10 million) over Zibo's grids and the
 * last two years straight into the read-model tables, then times the production query path
 * (ReadFigures → FigureQueries → SQL) for a township's and the city's monthly figures.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.gridgov.dashboard.bench.DashboardLoadBenchmark \
 *      [cases=10000000] [jdbc-url=jdbc:postgresql://127.0.0.1:5432/gridgov_bench] [user] [password] [--skip-load]
 * </pre>
 */
public final class DashboardLoadBenchmark {

    private static final int WARMUP = 20;
    private static final int RUNS = 200;

    public static void main(String[] args) throws Exception {
        long cases = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/gridgov_bench";
        String user = args.length > 2 ? args[2] : System.getProperty("user.name");
        String password = args.length > 3 ? args[3] : "";
        boolean skipLoad = Arrays.asList(args).contains("--skip-load");

        if (!skipLoad) {
            Flyway.configure().dataSource(url, user, password).locations("filesystem:schema").load().migrate();
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (!skipLoad) {
                load(connection, cases);
            }
            measure(connection);
        }
    }

    private static void load(Connection connection, long cases) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.execute("TRUNCATE dashboard.case_fact, dashboard.case_transition, dashboard.figures_daily, dashboard.figures_overlap,"
                    + " dashboard.figures_close_time, dashboard.figures_grid_month, dashboard.figures_close_hours");
            s.execute("CREATE TEMP TABLE bench_community (code text)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_community VALUES (?)");
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        DashboardLoadBenchmark.class.getClassLoader().getResourceAsStream("reference/zibo-divisions.csv"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String code = line.split(",")[0];
                if (code.length() == 12) {
                    insert.setString(1, code);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        try (Statement s = connection.createStatement()) {
            s.execute(BenchmarkData.GRIDS);
            time("cases (" + cases + ")", () -> {
                long batch = 1_000_000;
                for (long from = 1; from <= cases; from += batch) {
                    try (PreparedStatement p = connection.prepareStatement(BenchmarkData.CASES)) {
                        p.setLong(1, from);
                        p.setLong(2, Math.min(cases, from + batch - 1));
                        p.executeUpdate();
                    }
                    System.out.printf("  %,d cases loaded%n", Math.min(cases, from + batch - 1));
                }
                return null;
            });
            time("daily figures, grid level", () -> s.executeUpdate(BenchmarkData.GRID_DAILY));
            time("daily figures, community level", () -> s.executeUpdate(BenchmarkData.rollUp("15", "substr(area_code, 1, 12)")));
            time("daily figures, township level", () -> s.executeUpdate(BenchmarkData.rollUp("12", "substr(area_code, 1, 9)")));
            time("daily figures, district level", () -> s.executeUpdate(BenchmarkData.rollUp("9", "substr(area_code, 1, 6)")));
            time("daily figures, city level", () -> s.executeUpdate(BenchmarkData.rollUp("6", "'370300'")));
            time("overlaps", () -> {
                s.executeUpdate(BenchmarkData.GRID_OVERLAP);
                s.executeUpdate(BenchmarkData.rollUpOverlap("15", "substr(area_code, 1, 12)"));
                s.executeUpdate(BenchmarkData.rollUpOverlap("12", "substr(area_code, 1, 9)"));
                s.executeUpdate(BenchmarkData.rollUpOverlap("9", "substr(area_code, 1, 6)"));
                return s.executeUpdate(BenchmarkData.rollUpOverlap("6", "'370300'"));
            });
            time("close-time histogram", () -> {
                s.executeUpdate(BenchmarkData.GRID_CLOSE_TIME);
                s.executeUpdate(BenchmarkData.rollUpCloseTime("15", "substr(area_code, 1, 12)"));
                s.executeUpdate(BenchmarkData.rollUpCloseTime("12", "substr(area_code, 1, 9)"));
                s.executeUpdate(BenchmarkData.rollUpCloseTime("9", "substr(area_code, 1, 6)"));
                return s.executeUpdate(BenchmarkData.rollUpCloseTime("6", "'370300'"));
            });
            time("grid months", () -> {
                s.executeUpdate(BenchmarkData.GRID_MONTH);
                return s.executeUpdate(BenchmarkData.GRID_MONTH_OVERLAP);
            });
            time("closures by unit and hours", () -> s.executeUpdate(BenchmarkData.CLOSE_HOURS));
            time("vacuum analyze", () -> s.execute("VACUUM ANALYZE dashboard.case_fact, dashboard.figures_daily, dashboard.figures_overlap,"
                    + " dashboard.figures_close_time, dashboard.figures_grid_month, dashboard.figures_close_hours"));
        }
    }

    private static void measure(Connection connection) throws Exception {
        connection.setAutoCommit(true);
        DashboardSettings settings = new DashboardSettings("Asia/Shanghai", "370300", "fengshui-grid", "", "", 16);
        Sql sql = new Sql(new ConnectionJdbcOperations(connection));
        ReadFigures read = new ReadFigures(new FigureQueries(sql), new GridOutlines(sql), new Labels(), settings, Clock.systemUTC());
        String busiest;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT township_code, count(*) FROM dashboard.case_fact GROUP BY 1 ORDER BY 2 DESC LIMIT 1")) {
            rs.next();
            busiest = rs.getString(1);
            System.out.printf("busiest township %s with %,d cases; facts: %,d; daily rows: %,d%n", busiest, rs.getLong(2),
                    count(connection, "dashboard.case_fact"), count(connection, "dashboard.figures_daily"));
        }
        AreaCode township = AreaCode.parse(busiest, "370300").orElseThrow();
        AreaCode city = AreaCode.parse("370300", "370300").orElseThrow();
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        Random random = new Random(42);
        Supplier<Period> month = () -> Period.month(now.minusMonths(random.nextInt(24)));
        report("township monthly figures", () -> read.figures(township, month.get(), null, Grouping.NONE));
        report("city monthly figures", () -> read.figures(city, month.get(), null, Grouping.NONE));
        report("township monthly figures by grid (map)", () -> read.figures(township, month.get(), null, Grouping.GRID));
        report("city monthly figures by day (trend)", () -> read.figures(city, month.get(), null, Grouping.DAY));
        report("city monthly figures of one department", () -> read.figures(city, month.get(), "CGJ", Grouping.NONE));
    }

    private static long count(Connection connection, String table) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void report(String what, Runnable query) {
        for (int i = 0; i < WARMUP; i++) {
            query.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        System.out.printf("%-42s p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms   max %7.1f ms   (%d runs)%n", what,
                millis.get(RUNS / 2), millis.get((int) (RUNS * 0.95)), millis.get((int) (RUNS * 0.99)), millis.get(RUNS - 1), RUNS);
    }

    @FunctionalInterface
    private interface Step {
        Object run() throws Exception;
    }

    private static void time(String what, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        System.out.printf("loaded %-32s in %6.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }
}
