package org.gridgov.routing.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseReturnRepository extends CrudRepository<CaseReturnRow, UUID> {
    List<CaseReturnRow> findByCaseIdOrderByReturnedAt(UUID caseId);

    boolean existsByCaseIdAndDepartment(UUID caseId, String department);
}
