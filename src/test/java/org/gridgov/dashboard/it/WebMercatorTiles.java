package org.gridgov.dashboard.it;

import org.gridgov.dashboard.domain.TileAddress;

/**
 * Web Mercator tile arithmetic of the XYZ scheme (tile 0/0/0 is the world, x grows eastwards and y
 * southwards), for tests and benchmarks that place grids and ask for the tiles that draw them.
 */
public final class WebMercatorTiles {

    private WebMercatorTiles() {
    }

    /** The tile column of a longitude at zoom {@code z}, with the fraction across the tile. */
    public static double column(double lon, int z) {
        return (lon + 180) / 360 * (1 << z);
    }

    /** The tile row of a latitude at zoom {@code z}, with the fraction down the tile. */
    public static double row(double lat, int z) {
        double rad = Math.toRadians(lat);
        return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * (1 << z);
    }

    /** The tile of zoom {@code z} that holds a point. */
    public static TileAddress containing(double lon, double lat, int z) {
        return new TileAddress(z, (int) Math.floor(column(lon, z)), (int) Math.floor(row(lat, z)));
    }

    /** The longitude of the western edge of column {@code x}. */
    public static double west(int x, int z) {
        return x * 360.0 / (1 << z) - 180;
    }

    /** The latitude of the northern edge of row {@code y}. */
    public static double north(int y, int z) {
        double n = Math.PI - 2 * Math.PI * y / (1 << z);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }
}
