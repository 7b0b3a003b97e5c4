package org.gridgov.grid.bench;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.DemoTessellation;
import org.gridgov.grid.domain.DivisionsCsv;
import org.gridgov.grid.domain.DivisionsImport;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridIndex;
import org.gridgov.grid.domain.GridShape;
import org.gridgov.grid.domain.LatLon;
import org.gridgov.grid.domain.ZiboDemo;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Locate through the service's index ({@link GridIndex}: copy-on-write snapshot, overlay check,
 * lowest-code rule for shared edges) against a bare STRtree of prepared geometries that stops at
 * the first containing cell, on the same cells and the same points. {@code zibo} is the demo
 * tessellation (about 5,000 cells); {@code province} is 200,000 generated cells.
 * Run: see docs/BENCHMARKS-grid.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class LocateBenchmark {

    private static final int POINTS = 1 << 14;

    @Param({"zibo", "province"})
    public String cells;

    private GridIndex index;
    private STRtree bare;
    private double[] lats;
    private double[] lons;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        List<GridCell> grid = "zibo".equals(cells) ? zibo() : new DemoTessellation(7).province(200_000, new LatLon(36.5, 118.0));
        index = new GridIndex();
        index.load(grid);
        bare = new STRtree();
        Envelope extent = new Envelope();
        for (GridCell cell : grid) {
            Envelope envelope = cell.shape().geometry().getEnvelopeInternal();
            extent.expandToInclude(envelope);
            bare.insert(envelope, PreparedGeometryFactory.prepare(cell.shape().geometry()));
        }
        bare.build();
        // points over the cells themselves (each a hit), picked at random inside random cells' envelopes
        SplittableRandom random = new SplittableRandom(42);
        lats = new double[POINTS];
        lons = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            Envelope e = grid.get(random.nextInt(grid.size())).shape().geometry().getEnvelopeInternal();
            lats[i] = e.getMinY() + random.nextDouble() * e.getHeight();
            lons[i] = e.getMinX() + random.nextDouble() * e.getWidth();
        }
    }

    @Benchmark
    public Object serviceIndex() {
        int i = next++ & (POINTS - 1);
        return index.locate(new LatLon(lats[i], lons[i]));
    }

    @Benchmark
    public Object bareStrTree() {
        int i = next++ & (POINTS - 1);
        Point point = GridShape.FACTORY.createPoint(new Coordinate(lons[i], lats[i]));
        @SuppressWarnings("unchecked")
        List<PreparedGeometry> candidates = bare.query(point.getEnvelopeInternal());
        for (PreparedGeometry candidate : candidates) {
            if (candidate.covers(point)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<GridCell> zibo() {
        List<Area> areas = new DivisionsImport(code -> Optional.empty()).check(DivisionsCsv.read(new InputStreamReader(
                LocateBenchmark.class.getResourceAsStream("/grid/zibo-divisions.csv"), StandardCharsets.UTF_8))).added();
        return new DemoTessellation(ZiboDemo.SEED).tessellate(areas, ZiboDemo.DISTRICT_CENTRES,
                ZiboDemo.COMMUNITIES_WITH_TWO_GRIDS);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(LocateBenchmark.class.getSimpleName()).build()).run();
    }
}
