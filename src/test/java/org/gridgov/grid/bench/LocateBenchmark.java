package org.gridgov.grid.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.grid.domain.GridIndex;
import org.gridgov.grid.domain.GridShape;
import org.gridgov.grid.domain.LatLon;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
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
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Locate through the service's index ({@link GridIndex}: copy-on-write snapshot, overlay check,
 * lowest-code rule for shared edges) against a bare STRtree of prepared geometries that stops at
 * the first containing cell, on the same cells and the same points. {@code zibo} is the demo
 * tessellation (about 5,000 cells); {@code province} is 200,000 generated cells.
 * Run: see docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
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
        LocateFixture fixture = LocateFixture.of(cells, POINTS);
        index = fixture.index();
        bare = fixture.bare();
        lats = fixture.lats();
        lons = fixture.lons();
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

    /** Any JMH command-line option may be given, e.g. {@code -p cells=province}. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(LocateBenchmark.class.getSimpleName()).build()).run();
    }
}
