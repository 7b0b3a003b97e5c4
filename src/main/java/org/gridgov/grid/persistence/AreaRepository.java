package org.gridgov.grid.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AreaRepository extends CrudRepository<AreaRow, String> {

    List<AreaRow> findByParentCodeOrderByCode(String parentCode);

    List<AreaRow> findByParentCodeAndLevelOrderByCode(String parentCode, String level);

    List<AreaRow> findByLevelOrderByCode(String level);

    List<AreaRow> findByCodeIn(List<String> codes);
}
