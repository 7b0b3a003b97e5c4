package org.gridgov.grid.domain;

import org.locationtech.jts.geom.Coordinate;

/** Test fixtures: axis-aligned square grid cells near Zibo. */
final class Cells {

    private Cells() {}

    static GridShape square(double west, double south, double size) {
        west = round(west);
        south = round(south);
        double east = round(west + size);
        double north = round(south + size);
        return GridShape.of(GridShape.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(west, south), new Coordinate(east, south), new Coordinate(east, north),
            new Coordinate(west, north), new Coordinate(west, south)}));
    }

    /** Seven decimals, as stored, so that neighbours built by arithmetic share their edges exactly. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    static GridCell cell(String code, double west, double south, double size) {
        return new GridCell(new GridCode(code), "网格 " + code, GridKind.COMPREHENSIVE, 400, 1000, "王伟",
                square(west, south, size), 0);
    }
}
