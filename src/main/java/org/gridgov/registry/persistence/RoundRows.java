package org.gridgov.registry.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RoundRows extends CrudRepository<RoundRow, String> {

    /** Every command on a round takes this lock first: stage changes, scores and consultations are serialised per round. */
    @Query("SELECT * FROM registry.round WHERE code = :code FOR UPDATE")
    Optional<RoundRow> lockByCode(String code);

    /** Votes only need the stage to stay put while they are counted, not to exclude each other. */
    @Query("SELECT * FROM registry.round WHERE code = :code FOR SHARE")
    Optional<RoundRow> shareByCode(String code);

    List<RoundRow> findAllOrderByCode();
}
