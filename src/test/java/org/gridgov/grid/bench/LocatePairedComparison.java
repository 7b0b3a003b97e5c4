package org.gridgov.grid.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.gridgov.grid.domain.GridShape;
import org.gridgov.grid.domain.LatLon;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * A complement to {@link LocateBenchmark} for a machine shared with other work: the two lookups
 * run in alternating short rounds over the same points, each timed by this thread's CPU time,
 * so the ratio does not depend on how much of the CPU the scheduler gave us in a given second.
 * Prints the median lookups per CPU-second of each and the median of the per-round ratios.
 */
public final class LocatePairedComparison {

    private static final int POINTS = 1 << 14;
    private static final int ROUNDS = 40;
    private static final int LOOKUPS_PER_ROUND = 200_000;

    private LocatePairedComparison() {}

    public static void main(String[] args) {
        for (String cells : args.length > 0 ? args : new String[] {"zibo", "province"}) {
            LocateFixture fixture = LocateFixture.of(cells, POINTS);
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            double[] service = new double[ROUNDS];
            double[] bare = new double[ROUNDS];
            double[] ratio = new double[ROUNDS];
            long sink = 0;
            for (int warmup = 0; warmup < 5; warmup++) {
                sink += serviceRound(fixture) + bareRound(fixture);
            }
            for (int r = 0; r < ROUNDS; r++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                sink += serviceRound(fixture);
                long t1 = cpu.getCurrentThreadCpuTime();
                sink += bareRound(fixture);
                long t2 = cpu.getCurrentThreadCpuTime();
                service[r] = LOOKUPS_PER_ROUND / ((t1 - t0) / 1e9);
                bare[r] = LOOKUPS_PER_ROUND / ((t2 - t1) / 1e9);
                ratio[r] = service[r] / bare[r];
            }
            System.out.printf("%s (%d cells): service index %.0f lookups/CPU-s, bare STRtree %.0f lookups/CPU-s,"
                    + " ratio %.2f (median of %d rounds) [%d]%n", cells, fixture.cellCount(), median(service),
                    median(bare), median(ratio), ROUNDS, sink % 10);
        }
    }

    private static long serviceRound(LocateFixture f) {
        long found = 0;
        for (int i = 0; i < LOOKUPS_PER_ROUND; i++) {
            int p = i & (POINTS - 1);
            if (f.index().locate(new LatLon(f.lats()[p], f.lons()[p])).isPresent()) {
                found++;
            }
        }
        return found;
    }

    private static long bareRound(LocateFixture f) {
        long found = 0;
        for (int i = 0; i < LOOKUPS_PER_ROUND; i++) {
            int p = i & (POINTS - 1);
            Point point = GridShape.FACTORY.createPoint(new Coordinate(f.lons()[p], f.lats()[p]));
            @SuppressWarnings("unchecked")
            List<PreparedGeometry> candidates = f.bare().query(point.getEnvelopeInternal());
            for (PreparedGeometry candidate : candidates) {
                if (candidate.covers(point)) {
                    found++;
                    break;
                }
            }
        }
        return found;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
