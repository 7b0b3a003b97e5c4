package org.gridgov.dashboard.persistence;

import jakarta.inject.Singleton;
import java.util.List;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.Extent;
import org.gridgov.dashboard.domain.GridOutline;

/** Grid outlines and worker assignments from gridgov.grid.v1. */
@Singleton
public class GridOutlines {

    public record GridCell(String gridCode, String communityCode, String townshipCode, String districtCode,
            String name, String kind, String geometryJson, long revision) {}

    private final Sql sql;

    public GridOutlines(Sql sql) {
        this.sql = sql;
    }

    /** Stores a cell unless a newer (or the same) revision is already there. */
    public void upsert(GridCell cell) {
        sql.update("INSERT INTO dashboard.grid_outline AS g (grid_code, community_code, township_code, district_code, name, kind,"
                        + " outline, revision, retired) VALUES (?, ?, ?, ?, ?, ?,"
                        + " CASE WHEN ?::text IS NULL THEN NULL ELSE ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(?::text), 4326)) END, ?, false)"
                        + " ON CONFLICT (grid_code) DO UPDATE SET community_code = EXCLUDED.community_code,"
                        + " township_code = EXCLUDED.township_code, district_code = EXCLUDED.district_code, name = EXCLUDED.name,"
                        + " kind = EXCLUDED.kind, outline = EXCLUDED.outline, revision = EXCLUDED.revision, retired = false"
                        + " WHERE g.revision < EXCLUDED.revision",
                cell.gridCode(), cell.communityCode(), cell.townshipCode(), cell.districtCode(), cell.name(), cell.kind(),
                cell.geometryJson(), cell.geometryJson(), cell.revision());
    }

    public void retire(GridCell cell) {
        sql.update("INSERT INTO dashboard.grid_outline AS g (grid_code, community_code, township_code, district_code, name, kind,"
                        + " outline, revision, retired) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, true)"
                        + " ON CONFLICT (grid_code) DO UPDATE SET retired = true, revision = EXCLUDED.revision"
                        + " WHERE g.revision < EXCLUDED.revision",
                cell.gridCode(), cell.communityCode(), cell.townshipCode(), cell.districtCode(), cell.name(), cell.kind(),
                cell.revision());
    }

    public void assignWorker(String workerId, List<String> gridCodes) {
        sql.update("DELETE FROM dashboard.worker_grid WHERE worker_id = ?", workerId);
        sql.batch("INSERT INTO dashboard.worker_grid (worker_id, grid_code) VALUES (?, ?) ON CONFLICT DO NOTHING",
                gridCodes.stream().distinct().map(code -> new Object[] {workerId, code}).toList());
    }

    public java.util.Map<String, String> names(AreaCode area) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        sql.list("SELECT grid_code, name FROM dashboard.grid_outline WHERE grid_code LIKE ?",
                rs -> names.put(rs.getString("grid_code"), rs.getString("name")), area.descendantPrefix() + "%");
        return names;
    }

    /** Townships that have at least one live grid. */
    public List<String> townshipCodes() {
        return sql.list("SELECT DISTINCT township_code FROM dashboard.grid_outline WHERE NOT retired ORDER BY 1",
                rs -> rs.getString(1));
    }

    /** The WGS-84 extent of an area's live grids, or null when it has none. */
    public Extent extent(AreaCode area) {
        return sql.one("SELECT ST_XMin(e) AS west, ST_YMin(e) AS south, ST_XMax(e) AS east, ST_YMax(e) AS north"
                        + " FROM (SELECT ST_Extent(outline) AS e FROM dashboard.grid_outline"
                        + " WHERE grid_code LIKE ? AND NOT retired AND outline IS NOT NULL) AS extent WHERE e IS NOT NULL",
                rs -> new Extent(rs.getDouble("west"), rs.getDouble("south"), rs.getDouble("east"), rs.getDouble("north")),
                area.descendantPrefix() + "%");
    }

    /** The live grids inside an area with their outline as GeoJSON (6 decimals ≈ 0.1 m). */
    public List<GridOutline> inside(AreaCode area) {
        return sql.list("SELECT grid_code, name, kind, ST_AsGeoJSON(outline, 6) AS geojson FROM dashboard.grid_outline"
                        + " WHERE grid_code LIKE ? AND NOT retired AND outline IS NOT NULL ORDER BY grid_code",
                rs -> new GridOutline(rs.getString("grid_code"), rs.getString("name"), rs.getString("kind"), rs.getString("geojson")),
                area.descendantPrefix() + "%");
    }
}
