package org.gridgov.dashboard.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.gridgov.dashboard.app.ReadGridTiles;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.domain.TileAddress;
import org.gridgov.dashboard.it.WebMercatorTiles;
import org.gridgov.dashboard.persistence.FigureQueries;
import org.gridgov.dashboard.persistence.GridOutlines;
import org.gridgov.dashboard.persistence.GridTiles;
import org.gridgov.dashboard.persistence.Sql;
import org.gridgov.support.NearestRank;

/**
 * Load benchmark (not a test) of the grid vector tiles at province scale: a lattice of 200,000 grid
 * cells (500 × 400 cells of 0.010° × 0.008°, about 0.9 km × 0.9 km: Shandong's 158,000 km² cut as
 * finely as a province's grids are) over central Shandong, each outline with 80 vertices along
 * wavy edges that neighbours share, in 2,000 townships of 100 grids; and a month of daily figures
 * per grid. Then times the production path (ReadGridTiles → GridTiles/FigureQueries → SQL) for
 * random tiles inside the lattice at each zoom from 8 to 16.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.gridgov.dashboard.bench.GridTilesBenchmark \
 *      [jdbc-url=jdbc:postgresql://127.0.0.1:5432/gridgov_bench_tiles] [user] [password] [daily rows per grid=15] [--skip-load] [--rows=400]
 * </pre>
 */
public final class GridTilesBenchmark {

    private static final int COLUMNS = 500;
    /** Lattice rows; {@code --rows=N} loads a smaller province (N × 500 grids) on a busy machine. */
    private static int rows = 400;
    private static final double WEST = 116.0;
    private static final double SOUTH = 34.9;
    private static final double CELL_LON = 0.010;
    private static final double CELL_LAT = 0.008;
    private static final int WARMUP = 5;
    private static final int RUNS = 50;
    /** The month the figures are loaded for: the current one, which the platform renders ahead (CityTilesAhead). */
    private static final LocalDate MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).atDay(1);

    public static void main(String[] args) throws Exception {
        List<String> plain = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        String url = plain.size() > 0 ? plain.get(0) : "jdbc:postgresql://127.0.0.1:5432/gridgov_bench_tiles";
        String user = plain.size() > 1 ? plain.get(1) : "gridgov";
        String password = plain.size() > 2 ? plain.get(2) : "gridgov";
        int rowsPerGrid = plain.size() > 3 ? Integer.parseInt(plain.get(3)) : 15;
        Arrays.stream(args).filter(a -> a.startsWith("--rows=")).findFirst().ifPresent(a -> useRows(Integer.parseInt(a.substring(7))));
        // a loaded database from before V550 gets the grids' months from its daily rows here
        Flyway.configure().dataSource(url, user, password).locations("filesystem:schema").load().migrate();
        if (!Arrays.asList(args).contains("--skip-load")) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                load(connection, rowsPerGrid);
            }
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            measure(connection);
        }
    }

    private static void load(Connection connection, int rowsPerGrid) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.execute("TRUNCATE dashboard.grid_outline, dashboard.figures_daily, dashboard.figures_overlap, dashboard.figures_grid_month");
            long started = System.nanoTime();
            // Vertices along each edge are displaced by a function of their position, so that the
            // shared edge of two neighbours is the same line in both (no gaps, no overlaps).
            s.execute(String.format(Locale.ROOT, """
                    INSERT INTO dashboard.grid_outline (grid_code, community_code, township_code, district_code, name, kind, outline, revision)
                    SELECT code, substr(code, 1, 12), substr(code, 1, 9), substr(code, 1, 6), '网格 ' || code, 'comprehensive',
                           ST_Multi(ST_MakePolygon(ST_MakeLine(ARRAY(
                               SELECT ST_MakePoint(px + 0.0012 * sin(py * 2100.0) * (1 - abs(cos(edge_t))),
                                                   py + 0.0010 * sin(px * 1900.0) * (1 - abs(cos(edge_t))))
                               FROM (SELECT k,
                                            CASE WHEN k < 20 THEN w + k * %1$s / 20 WHEN k < 40 THEN w + %1$s
                                                 WHEN k < 60 THEN w + %1$s - (k - 40) * %1$s / 20 ELSE w END AS px,
                                            CASE WHEN k < 20 THEN s WHEN k < 40 THEN s + (k - 20) * %2$s / 20
                                                 WHEN k < 60 THEN s + %2$s ELSE s + %2$s - (k - 60) * %2$s / 20 END AS py,
                                            pi() * (k %% 20) / 20 AS edge_t
                                     FROM generate_series(0, 80) AS k) AS vertex
                               ORDER BY k)))), 1
                    FROM (SELECT i, %3$s + (i %% %5$s) * %1$s AS w, %4$s + (i / %5$s) * %2$s AS s,
                                 -- townships are blocks of 10 × 10 grids, communities rows of 10 inside them
                                 '37' || lpad(((i / %5$s / 10) * (%5$s / 10) + (i %% %5$s) / 10)::text, 7, '0')
                                      || lpad(((i / %5$s) %% 10)::text, 3, '0') || lpad((i %% 10)::text, 3, '0') AS code
                          FROM generate_series(0, %5$s * %6$s - 1) AS i) AS cell
                    """, CELL_LON, CELL_LAT, WEST, SOUTH, COLUMNS, rows));
            System.out.printf("grid outlines: %.1f s%n", (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            // a month of daily rows per grid: reported on one day, closed (some on time) on a later one
            try (PreparedStatement daily = connection.prepareStatement("""
                    INSERT INTO dashboard.figures_daily (area_code, day, category, department, reported, registered, dispatched,
                           resolved, resolved_on_time, deadline_due, closed, closed_on_time, close_seconds, rated, satisfied)
                    SELECT grid_code, ?::date + (n * 7 + length(grid_code)) % 30, 'C' || (n % 6), 'D' || (n % 4),
                           1 + n % 3, 1 + n % 3, 1 + n % 3, n % 3, n % 2, n % 3, n % 3, n % 2, (n % 3) * 86400, n % 2, n % 2
                    FROM dashboard.grid_outline, generate_series(1, ?) AS n
                    ON CONFLICT DO NOTHING
                    """)) {
                daily.setObject(1, MONTH);
                daily.setInt(2, rowsPerGrid);
                daily.executeUpdate();
            }
            System.out.printf("daily figures (%d rows per grid): %.1f s%n", rowsPerGrid, (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            s.executeUpdate(BenchmarkData.GRID_MONTH);
            System.out.printf("grid months: %.1f s%n", (System.nanoTime() - started) / 1e9);
            s.execute("VACUUM ANALYZE dashboard.grid_outline, dashboard.figures_daily, dashboard.figures_grid_month");
        }
    }

    private static void measure(Connection connection) throws Exception {
        connection.setAutoCommit(true);
        Sql sql = new Sql(new ConnectionJdbcOperations(connection));
        ReadGridTiles tiles = new ReadGridTiles(new GridTiles(sql), new FigureQueries(sql), new GridOutlines(sql), Clock.systemUTC());
        Period month = Period.month(YearMonth.from(MONTH));
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM dashboard.grid_outline), (SELECT count(*) FROM dashboard.figures_daily),"
                        + " (SELECT avg(ST_NPoints(outline)) FROM dashboard.grid_outline), (SELECT avg(ST_NPoints(outline_3857_coarse)) FROM dashboard.grid_outline)")) {
            rs.next();
            System.out.printf("grids: %,d; daily rows: %,d; vertices per outline: %.0f (coarse copy %.0f)%n", rs.getLong(1), rs.getLong(2),
                    rs.getDouble(3), rs.getDouble(4));
        }
        renderAheadPass(tiles, month);
        Random random = new Random(42);
        System.out.println("zoom | tiles | grids per tile (mean) | KiB per tile (mean) | p50 ms | p95 ms | p99 ms | max ms");
        for (int z = 8; z <= 16; z++) {
            List<Double> millis = new ArrayList<>();
            long grids = 0;
            long bytes = 0;
            for (int run = 0; run < WARMUP + RUNS; run++) {
                TileAddress tile = randomTileInside(z, random);
                long started = System.nanoTime();
                byte[] mvt = tiles.tile(tile, Metric.ON_TIME_CLOSE_RATE, month, null, null);
                double elapsed = (System.nanoTime() - started) / 1e6;
                if (run >= WARMUP) {
                    millis.add(elapsed);
                    bytes += mvt.length;
                    grids += count(connection, tile);
                }
            }
            millis.sort(null);
            System.out.printf(Locale.ROOT, "%d | %d | %,d | %.0f | %.1f | %.1f | %.1f | %.1f%n", z, RUNS, grids / RUNS, bytes / 1024.0 / RUNS,
                    NearestRank.quantile(millis, 0.50), NearestRank.quantile(millis, 0.95), NearestRank.quantile(millis, 0.99), millis.get(millis.size() - 1));
        }
    }

    /**
     * What the platform renders ahead every few minutes (CityTilesAhead): every low-zoom tile that
     * holds a grid, for the default figure and the month, one after the other on one thread.
     */
    private static void renderAheadPass(ReadGridTiles tiles, Period month) {
        long started = System.nanoTime();
        List<TileAddress> low = tiles.thinTilesWithGrids();
        double listed = (System.nanoTime() - started) / 1e9;
        Map<Integer, double[]> byZoom = new TreeMap<>();
        for (TileAddress tile : low) {
            long one = System.nanoTime();
            byte[] mvt = tiles.tile(tile, Metric.ON_TIME_CLOSE_RATE, month, null, null);
            double[] sums = byZoom.computeIfAbsent(tile.z(), z -> new double[3]);
            sums[0]++;
            sums[1] += (System.nanoTime() - one) / 1e9;
            sums[2] += mvt.length;
        }
        System.out.printf(Locale.ROOT, "render-ahead pass: %d tiles in %.1f s (listing them %.2f s)%n", low.size(),
                (System.nanoTime() - started) / 1e9, listed);
        byZoom.forEach((z, sums) -> System.out.printf(Locale.ROOT, "  zoom %d: %.0f tiles, %.1f s, %.0f KiB%n", z, sums[0], sums[1],
                sums[2] / 1024));
    }

    /** A province of {@code n} × 500 grids instead of 400 × 500. */
    static void useRows(int n) {
        rows = n;
    }

    /** A tile whose centre lies inside the lattice, as a map of the province would request it. */
    static TileAddress randomTileInside(int z, Random random) {
        double lon = WEST + random.nextDouble() * COLUMNS * CELL_LON;
        double lat = SOUTH + random.nextDouble() * rows * CELL_LAT;
        return WebMercatorTiles.containing(lon, lat, z);
    }

    private static long count(Connection connection, TileAddress tile) throws Exception {
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM dashboard.grid_outline WHERE NOT retired"
                + " AND outline_3857 && ST_TileEnvelope(?, ?, ?)")) {
            p.setInt(1, tile.z());
            p.setInt(2, tile.x());
            p.setInt(3, tile.y());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
