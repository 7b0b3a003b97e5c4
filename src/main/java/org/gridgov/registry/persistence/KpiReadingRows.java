package org.gridgov.registry.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface KpiReadingRows extends CrudRepository<KpiReadingRow, Long> {

    List<KpiReadingRow> findBySiteIdOrderByMeasuredAt(String siteId);

    boolean existsBySiteIdAndMetric(String siteId, String metric);
}
