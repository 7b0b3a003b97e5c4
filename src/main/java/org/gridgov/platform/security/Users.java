package org.gridgov.platform.security;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Users extends CrudRepository<UserRow, String> {

    List<UserRow> findAllOrderByUsername();

    boolean existsByRole(String role);
}
