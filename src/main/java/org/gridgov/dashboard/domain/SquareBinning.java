package org.gridgov.dashboard.domain;

/**
 * Square binning of WGS-84 points for hotspots: cells of {@code sizeDegrees} on a side, numbered
 * by column (lon) and row (lat) from the origin. Degrees rather than metres keep the binning a cheap
 * {@code floor()} in SQL; at Zibo's latitude (~36.8°) a 0.005° cell is about 450 m × 560 m.
 */
public record SquareBinning(double sizeDegrees) {

    public SquareBinning {
        if (!(sizeDegrees >= 0.0005 && sizeDegrees <= 1.0)) {
            throw new IllegalArgumentException("cell size must be between 0.0005 and 1 degree");
        }
    }

    public record Cell(long column, long row) {}

    public record Bounds(double west, double south, double east, double north) {}

    public Cell cellOf(double lat, double lon) {
        return new Cell((long) Math.floor(lon / sizeDegrees), (long) Math.floor(lat / sizeDegrees));
    }

    public Bounds bounds(Cell cell) {
        double west = cell.column() * sizeDegrees;
        double south = cell.row() * sizeDegrees;
        return new Bounds(west, south, west + sizeDegrees, south + sizeDegrees);
    }
}
