package org.gridgov.grid.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WorkerRepository extends CrudRepository<WorkerRow, String> {

    @Query("SELECT * FROM grid.worker WHERE :gridCode = ANY(grid_codes) ORDER BY id")
    List<WorkerRow> findByGrid(String gridCode);
}
