package org.gridgov.simulator;

import java.util.List;
import java.util.Random;

/**
 * A grid cell's outline as the grid API gives it (GeoJSON MultiPolygon rings, lon/lat), enough to
 * tell whether a point lies in it (even-odd rule over all rings, so holes stay out) and to draw
 * points in it.
 */
public record GridShape(String code, List<double[][]> rings) {

    public boolean contains(Point point) {
        boolean inside = false;
        for (double[][] ring : rings) {
            for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                double xi = ring[i][0];
                double yi = ring[i][1];
                double xj = ring[j][0];
                double yj = ring[j][1];
                if ((yi > point.lat()) != (yj > point.lat())
                        && point.lon() < (xj - xi) * (point.lat() - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** A point drawn evenly inside the outline. */
    public Point draw(Random random) {
        double west = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double south = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        for (double[][] ring : rings) {
            for (double[] vertex : ring) {
                west = Math.min(west, vertex[0]);
                east = Math.max(east, vertex[0]);
                south = Math.min(south, vertex[1]);
                north = Math.max(north, vertex[1]);
            }
        }
        for (int attempt = 0; attempt < 10_000; attempt++) {
            Point point = new Point(south + random.nextDouble() * (north - south), west + random.nextDouble() * (east - west));
            if (contains(point)) {
                return point;
            }
        }
        throw new IllegalStateException("grid " + code + " has no area to report in");
    }

    /** From a GeoJSON MultiPolygon's {@code coordinates}: polygons of rings of [lon, lat]. */
    public static GridShape of(String code, List<List<List<List<Double>>>> multiPolygon) {
        List<double[][]> rings = multiPolygon.stream()
                .flatMap(List::stream)
                .map(ring -> ring.stream().map(v -> new double[] {v.get(0), v.get(1)}).toArray(double[][]::new))
                .toList();
        return new GridShape(code, rings);
    }
}
