package org.gridgov.grid.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GridCellRepository extends CrudRepository<GridCellRow, String> {

    List<GridCellRow> findByTownshipCodeAndRetiredFalseOrderByCode(String townshipCode);

    List<GridCellRow> findByCommunityCodeAndRetiredFalseOrderByCode(String communityCode);

    List<GridCellRow> findByRetiredFalse();

    long countByRetiredFalse();

    /** Every stored code, live or retired, without reading geometries. */
    @Query("SELECT code FROM grid.grid_cell")
    List<String> findAllCodes();

    boolean existsByCodeAndRetiredFalse(String code);

    /** The database's own answer to "which grid holds this point", lowest code on shared edges. */
    @Query("SELECT code FROM grid.grid_cell WHERE NOT retired"
            + " AND ST_Covers(geom, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)) ORDER BY code LIMIT 1")
    Optional<String> findCodeCovering(double lat, double lon);

    /** Strict interior containment, as PostGIS defines it (edge points excluded). */
    @Query("SELECT code FROM grid.grid_cell WHERE NOT retired"
            + " AND ST_Contains(geom, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)) ORDER BY code")
    List<String> findCodesContaining(double lat, double lon);

    /**
     * Live grids other than {@code code} that the shape (hex WKB, EPSG:4326) overlaps by more than
     * {@code toleranceM2}, largest overlap first. The GiST index finds the candidates
     * ({@code ST_Intersects}); only those are intersected and measured on the sphere.
     */
    @Query("SELECT code, square_metres FROM (SELECT c.code, ST_Area(ST_Intersection(c.geom, d.g)::geography, false)"
            + " AS square_metres FROM grid.grid_cell c, (SELECT ST_GeomFromWKB(decode(:wkb, 'hex'), 4326) AS g) d"
            + " WHERE NOT c.retired AND c.code <> :code AND ST_Intersects(c.geom, d.g)) o"
            + " WHERE square_metres > :toleranceM2 ORDER BY square_metres DESC, code")
    List<StoredOverlap> findOverlapping(String wkb, String code, double toleranceM2);

    /**
     * Square metres of the shape (hex WKB, EPSG:4326) outside the union of the township's live grids;
     * only the grids it touches are united, found through the GiST index.
     */
    @Query("SELECT COALESCE(ST_Area(ST_Difference(d.g, ST_Union(c.geom))::geography, false),"
            + " ST_Area(d.g::geography, false)) FROM (SELECT ST_GeomFromWKB(decode(:wkb, 'hex'), 4326) AS g) d"
            + " LEFT JOIN grid.grid_cell c ON NOT c.retired AND c.township_code = :township AND ST_Intersects(c.geom, d.g)"
            + " GROUP BY d.g")
    double squareMetresOutsideTownship(String wkb, String township);
}
