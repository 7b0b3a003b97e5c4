package org.gridgov.routing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Which locks routing takes before it looks for a duplicate and opens a case, so that two reports of
 * one event never both open a case, while reports far apart route at the same time. A report locks
 * its category shared and, exclusively, its category in every cell of a fixed grid of 0.01° that its
 * search disc reaches. Two reports that could be duplicates lie within the category's radius of each
 * other, so each one's disc reaches the other's cell: they share that cell's lock and take turns.
 * Where the cells would be too many (a radius of kilometres, or near a pole) the report locks the
 * whole category exclusively instead, which waits for every shared holder. A report without a
 * location is never anyone's duplicate and locks nothing.
 *
 * <p>Every batch takes its locks in one order, the category locks first (sorted), then the cells
 * (sorted), so that two batches wait for each other instead of deadlocking.
 */
public final class DuplicateLocks {

    /** Degrees per cell, in latitude and longitude: about 1.1 km by 0.9 km in Zibo. */
    static final double CELL_DEGREES = 0.01;
    static final int MOST_CELLS = 16;
    /** The shortest degree of latitude and the widest of longitude (WGS 84): the disc is never under-covered. */
    private static final double METRES_PER_DEGREE_LATITUDE = 110_574;
    private static final double METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111_320;
    /** Room for the spheroid's distance against these plain conversions. */
    private static final double SLACK = 1.01;

    /** One advisory lock: its key, and whether it is taken exclusively. */
    public record Lock(String key, boolean exclusive) {
    }

    private DuplicateLocks() {
    }

    /** The locks for routing {@code reports} in one transaction, in the order to take them. */
    public static List<Lock> forReports(List<AcceptedReport> reports, ToDoubleFunction<String> radiusMetresOfCategory) {
        Map<String, Boolean> categories = new TreeMap<>(); // category → exclusive
        TreeSet<String> cells = new TreeSet<>();
        for (AcceptedReport report : reports) {
            if (report.location() == null) {
                continue;
            }
            List<String> reached = cellsReached(report.location(), radiusMetresOfCategory.applyAsDouble(report.category()));
            if (reached.isEmpty()) {
                categories.put(report.category(), true);
            } else {
                categories.putIfAbsent(report.category(), false);
                reached.forEach(cell -> cells.add(report.category() + ":" + cell));
            }
        }
        List<Lock> locks = new ArrayList<>();
        categories.forEach((category, exclusive) -> locks.add(new Lock("routing:category:" + category, exclusive)));
        cells.forEach(cell -> locks.add(new Lock("routing:duplicates:" + cell, true)));
        return locks;
    }

    /** The cells ("row:column") the disc reaches, or none where they would be too many. */
    static List<String> cellsReached(AcceptedReport.Point point, double radiusMetres) {
        double dLat = radiusMetres * SLACK / METRES_PER_DEGREE_LATITUDE;
        double farthestLat = Math.abs(point.lat()) + dLat;
        if (farthestLat >= 89) {
            return List.of();
        }
        double dLon = radiusMetres * SLACK / (METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos(Math.toRadians(farthestLat)));
        if (point.lon() - dLon < -180 || point.lon() + dLon > 180) {
            return List.of(); // across the antimeridian: not worth cells of its own
        }
        long firstRow = cell(point.lat() - dLat);
        long lastRow = cell(point.lat() + dLat);
        long firstColumn = cell(point.lon() - dLon);
        long lastColumn = cell(point.lon() + dLon);
        if ((lastRow - firstRow + 1) * (lastColumn - firstColumn + 1) > MOST_CELLS) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (long row = firstRow; row <= lastRow; row++) {
            for (long column = firstColumn; column <= lastColumn; column++) {
                cells.add(row + ":" + column);
            }
        }
        return cells;
    }

    private static long cell(double degrees) {
        return (long) Math.floor(degrees / CELL_DEGREES);
    }
}
