package org.gridgov.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GridShapeTest {

    /** A 0.003° square with a 0.001° hole in its middle, as GeoJSON MultiPolygon coordinates. */
    static GridShape squareWithHole(String code, double south, double west) {
        double s = 0.003;
        List<List<Double>> outer = List.of(List.of(west, south), List.of(west + s, south), List.of(west + s, south + s),
                List.of(west, south + s), List.of(west, south));
        double h = 0.001;
        List<List<Double>> hole = List.of(List.of(west + h, south + h), List.of(west + 2 * h, south + h),
                List.of(west + 2 * h, south + 2 * h), List.of(west + h, south + 2 * h), List.of(west + h, south + h));
        return GridShape.of(code, List.of(List.of(outer, hole)));
    }

    @Test
    void aPointIsInsideTheOutlineButNotInItsHole() {
        GridShape grid = squareWithHole("370303102001001", 36.79, 118.00);
        assertThat(grid.contains(new Point(36.7905, 118.0005))).isTrue();
        assertThat(grid.contains(new Point(36.7915, 118.0015))).as("in the hole").isFalse();
        assertThat(grid.contains(new Point(36.80, 118.0005))).as("north of it").isFalse();
    }

    @Test
    void drawnPointsLieInTheGrid() {
        GridShape grid = squareWithHole("370303102001001", 36.79, 118.00);
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            assertThat(grid.contains(grid.draw(random))).isTrue();
        }
    }

    @Test
    void aJitteredPointStaysWithinItsDistance() {
        Point centre = new Point(36.79, 118.0);
        Random random = new Random(5);
        for (int i = 0; i < 1000; i++) {
            Point p = centre.jittered(random, 100);
            double dy = (p.lat() - centre.lat()) * 111_320;
            double dx = (p.lon() - centre.lon()) * 111_320 * Math.cos(Math.toRadians(centre.lat()));
            assertThat(Math.hypot(dx, dy)).isLessThanOrEqualTo(100.001);
        }
    }
}
