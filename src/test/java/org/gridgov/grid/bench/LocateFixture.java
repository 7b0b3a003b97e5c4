package org.gridgov.grid.bench;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.DemoTessellation;
import org.gridgov.grid.domain.DivisionsCsv;
import org.gridgov.grid.domain.DivisionsImport;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridIndex;
import org.gridgov.grid.domain.LatLon;
import org.gridgov.grid.domain.ZiboDemo;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The same cells in the service's index and in a bare STRtree, and the same points for both:
 * random points inside random cells' envelopes (nearly all hits). {@code zibo} is the demo
 * tessellation (~5,100 cells), {@code province} 200,000 generated cells.
 */
record LocateFixture(GridIndex index, STRtree bare, double[] lats, double[] lons, int cellCount) {

    static LocateFixture of(String cells, int points) {
        List<GridCell> grid = "zibo".equals(cells) ? zibo()
                : new DemoTessellation(7).province(200_000, new LatLon(36.5, 118.0));
        GridIndex index = new GridIndex();
        index.load(grid);
        STRtree bare = new STRtree();
        for (GridCell cell : grid) {
            bare.insert(cell.shape().geometry().getEnvelopeInternal(), PreparedGeometryFactory.prepare(cell.shape().geometry()));
        }
        bare.build();
        SplittableRandom random = new SplittableRandom(42);
        double[] lats = new double[points];
        double[] lons = new double[points];
        for (int i = 0; i < points; i++) {
            Envelope e = grid.get(random.nextInt(grid.size())).shape().geometry().getEnvelopeInternal();
            lats[i] = e.getMinY() + random.nextDouble() * e.getHeight();
            lons[i] = e.getMinX() + random.nextDouble() * e.getWidth();
        }
        return new LocateFixture(index, bare, lats, lons, grid.size());
    }

    private static List<GridCell> zibo() {
        List<Area> areas = new DivisionsImport(code -> Optional.empty()).check(DivisionsCsv.read(new InputStreamReader(
                LocateFixture.class.getResourceAsStream("/reference/zibo-divisions.csv"), StandardCharsets.UTF_8))).added();
        return new DemoTessellation(ZiboDemo.SEED).tessellate(areas, ZiboDemo.DISTRICT_CENTRES,
                ZiboDemo.COMMUNITIES_WITH_TWO_GRIDS);
    }
}
