package org.gridgov.registry.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MeasureRows extends CrudRepository<MeasureRow, UUID> {

    /** Holds the row until the transaction ends, so that two edits of one measure go one after the other. */
    @Query("SELECT * FROM registry.measure WHERE id = :id FOR UPDATE")
    Optional<MeasureRow> lockById(UUID id);

    Optional<MeasureRow> findByTitle(String title);

    List<MeasureRow> findByIdIn(List<UUID> ids);

    List<MeasureRow> findAllOrderByTitle();
}
