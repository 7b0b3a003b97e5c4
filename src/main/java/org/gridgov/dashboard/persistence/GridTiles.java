package org.gridgov.dashboard.persistence;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.dashboard.domain.TileAddress;

/**
 * Grid outlines as Mapbox Vector Tiles, cut by PostGIS (ST_TileEnvelope, ST_AsMVTGeom, ST_AsMVT)
 * from the dashboard's own copy of the outlines ({@code grid_outline}, fed by gridgov.grid.v1, kept
 * in EPSG:3857 as well by V530, simplified for zooms up to 12 by V530 and up to 10 by V551).
 */
@Singleton
public class GridTiles {

    /** The MVT layer name: what a client's style refers to. */
    public static final String LAYER = "grids";

    /** The clipping buffer around a tile, as a share of its side (64 units of 4096). */
    private static final double MARGIN = 1 / 64.0;

    /** Half the side of the Web Mercator square (EPSG:3857), in metres. */
    private static final double HALF_WORLD = 20037508.342789244;

    private final Sql sql;

    public GridTiles(Sql sql) {
        this.sql = sql;
    }

    /** The codes of the live grids a tile shows, optionally only those of some townships. */
    public List<String> gridCodes(TileAddress tile, List<String> townships) {
        List<Object> params = new ArrayList<>(List.of(tile.z(), tile.x(), tile.y(), MARGIN));
        String where = townshipFilter(townships, params);
        return sql.list("SELECT grid_code FROM dashboard.grid_outline WHERE NOT retired"
                        + " AND outline_3857 && ST_TileEnvelope(?, ?, ?, margin => ?)" + where,
                rs -> rs.getString(1), params.toArray());
    }

    /**
     * The tiles of a zoom that hold a live grid (its outline's bounding box), for rendering them
     * ahead; a tile that only a grid's clipping margin reaches is left out.
     */
    public List<TileAddress> tilesWithGrids(int z) {
        double side = 2 * HALF_WORLD / (1 << z);
        int last = (1 << z) - 1;
        return sql.list("SELECT DISTINCT x, y FROM (SELECT ST_XMin(outline_3857) AS west, ST_XMax(outline_3857) AS east,"
                        + " ST_YMin(outline_3857) AS south, ST_YMax(outline_3857) AS north FROM dashboard.grid_outline"
                        + " WHERE NOT retired AND outline_3857 IS NOT NULL) AS g,"
                        + " generate_series(greatest(0, floor((g.west + ?) / ?))::int, least(?, floor((g.east + ?) / ?))::int) AS x,"
                        + " generate_series(greatest(0, floor((? - g.north) / ?))::int, least(?, floor((? - g.south) / ?))::int) AS y"
                        + " ORDER BY y, x",
                rs -> new TileAddress(z, rs.getInt("x"), rs.getInt("y")), HALF_WORLD, side, last, HALF_WORLD, side, HALF_WORLD, side, last,
                HALF_WORLD, side);
    }

    /**
     * The tile's grids with their code, name, township code and the metric's value (absent when it
     * has none, e.g. a rate without cases); at a {@link TileAddress#thin()} zoom only the township
     * code and the value. The feature id is the numeric grid code, so that a client can tell the
     * pieces of one grid in neighbouring tiles are the same grid, and name it where code and name are left out.
     */
    public byte[] tile(TileAddress tile, String metric, List<String> gridCodes, List<Double> values, List<String> townships) {
        String outline = tile.thin() ? "g.outline_3857_low" : tile.coarse() ? "g.outline_3857_coarse" : "g.outline_3857";
        int extent = tile.extent();
        int buffer = (int) (extent * MARGIN);
        List<Object> params = new ArrayList<>();
        params.add(gridCodes.toArray(String[]::new));
        params.add(values.toArray(Double[]::new));
        params.addAll(List.of(tile.z(), tile.x(), tile.y(), tile.z(), tile.x(), tile.y(), MARGIN));
        String attributes = "g.township_code AS \"townshipCode\",";
        if (!tile.thin()) {
            attributes = "g.grid_code AS code, g.name, " + attributes + " ?::text AS metric,";
            params.add(metric);
        }
        String where = townshipFilter(townships, params);
        return sql.one("WITH figure AS (SELECT grid_code COLLATE \"C\" AS grid_code, value FROM unnest(?::text[], ?::float8[]) AS f(grid_code, value)),"
                        + " bounds AS (SELECT ST_TileEnvelope(?, ?, ?) AS tile, ST_TileEnvelope(?, ?, ?, margin => ?) AS search),"
                        + " cell AS (SELECT g.grid_code::bigint AS id, " + attributes + " f.value,"
                        + " ST_AsMVTGeom(" + outline + ", b.tile, " + extent + ", " + buffer + ", true) AS geom"
                        + " FROM dashboard.grid_outline g CROSS JOIN bounds b LEFT JOIN figure f ON f.grid_code = g.grid_code"
                        + " WHERE NOT g.retired AND g.outline_3857 && b.search" + where + ")"
                        + " SELECT ST_AsMVT(cell, '" + LAYER + "', " + extent + ", 'geom', 'id') FROM cell WHERE geom IS NOT NULL",
                rs -> rs.getBytes(1), params.toArray());
    }

    private static String townshipFilter(List<String> townships, List<Object> params) {
        if (townships == null) {
            return "";
        }
        params.add(townships.toArray(String[]::new));
        return " AND township_code = ANY(?)";
    }
}
