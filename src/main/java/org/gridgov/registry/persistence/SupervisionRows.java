package org.gridgov.registry.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SupervisionRows extends CrudRepository<SupervisionRow, Long> {

    List<SupervisionRow> findByMonth(String month);

    Optional<SupervisionRow> findByDistrictAndMonth(String district, String month);
}
