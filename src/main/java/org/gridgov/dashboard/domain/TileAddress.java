package org.gridgov.dashboard.domain;

import java.util.Optional;

/**
 * A tile of the Web Mercator pyramid (the XYZ scheme of OSM and Leaflet: x east, y south from the
 * top left, 2^z tiles a side), limited to the zooms at which grid cells are worth drawing.
 */
public record TileAddress(int z, int x, int y) {

    /**
     * Below zoom 8 a tile would cover a whole province (200,000 cells, each under a pixel): the map
     * shows districts there, not grids. Above 20 a cell fills many screens; clients over-zoom.
     */
    public static final int MIN_ZOOM = 8;

    public static final int MAX_ZOOM = 20;

    /** Up to this zoom a pixel is wider than the simplification of the coarse outlines (20 m). */
    private static final int LAST_COARSE_ZOOM = 12;

    /**
     * Up to this zoom a grid is a few pixels wide (1–6 pixels at zoom 8–10) and a tile holds
     * thousands of them: 256 units a side (one per pixel) draw it as well as 4096 and drop most of
     * its vertices, and each grid carries only what colours it ({@link #thin()}).
     */
    private static final int LAST_THIN_ZOOM = 10;

    /** Why a tile address is refused, and which of its parts is wrong. */
    public record Refusal(String field, String reason) {}

    public static Optional<Refusal> check(int z, int x, int y) {
        if (z < MIN_ZOOM || z > MAX_ZOOM) {
            return Optional.of(new Refusal("z", "grid tiles exist for zooms " + MIN_ZOOM + " to " + MAX_ZOOM));
        }
        long side = 1L << z;
        if (x < 0 || x >= side) {
            return Optional.of(new Refusal("x", "must be between 0 and " + (side - 1) + " at zoom " + z));
        }
        if (y < 0 || y >= side) {
            return Optional.of(new Refusal("y", "must be between 0 and " + (side - 1) + " at zoom " + z));
        }
        return Optional.empty();
    }

    public TileAddress {
        check(z, x, y).ifPresent(refusal -> {
            throw new IllegalArgumentException(refusal.field() + " " + refusal.reason());
        });
    }

    /** Tile coordinates per side: 4096 (the MVT default) where grids are large enough to need them. */
    public int extent() {
        return thin() ? 256 : 4096;
    }

    /**
     * Whether a grid carries only its numeric id (the grid code), township and value: a grid's code
     * and name are unique strings, most of a low-zoom tile; a client that needs a name asks for it.
     */
    public boolean thin() {
        return z <= LAST_THIN_ZOOM;
    }

    /** The tile of the zoom below that holds this one. */
    public TileAddress parent() {
        return new TileAddress(z - 1, x >> 1, y >> 1);
    }

    /** The last zoom whose tiles are {@link #thin()}. */
    public static int lastThinZoom() {
        return LAST_THIN_ZOOM;
    }

    /** Whether the pre-simplified outlines are exact enough at this zoom. */
    public boolean coarse() {
        return z <= LAST_COARSE_ZOOM;
    }
}
