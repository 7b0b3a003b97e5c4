package org.gridgov.routing.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RuleRepository extends CrudRepository<RuleRow, UUID> {

    /** Rules for one category code or its major class: the only ones that can match a report of it. */
    @Query("SELECT * FROM routing.rule WHERE category IN (:code, :majorClass)")
    List<RuleRow> findApplicableTo(String code, String majorClass);

    List<RuleRow> findByCategory(String category);

    @Query("SELECT * FROM routing.rule ORDER BY category, area_level, area_code")
    List<RuleRow> listAll();

    /** Serialises writers of one key (a category, the seed) across instances until the transaction ends. */
    @Query("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) AS locked")
    long lock(String key);
}
