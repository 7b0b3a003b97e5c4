package org.gridgov.registry.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ExpertScoreRows extends CrudRepository<ExpertScoreRow, Long> {

    List<ExpertScoreRow> findByYear(int year);

    boolean existsByYearAndExpertAndMeasureId(int year, String expert, UUID measureId);
}
