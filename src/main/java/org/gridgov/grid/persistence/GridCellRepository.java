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
}
