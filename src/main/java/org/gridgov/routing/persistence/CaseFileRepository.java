package org.gridgov.routing.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseFileRepository extends CrudRepository<CaseFileRow, UUID> {

    /**
     * The nearest open case of the category within {@code radiusMeters} (geodesic, inclusive) that was
     * last seen between {@code earliest} and {@code latest}; uses the partial GiST index on open cases.
     */
    @Query("""
            SELECT c.case_id, c.category, c.first_report_id, c.source, c.reporter, c.description, c.grid_code,
                   c.community_code, c.township_code, c.district_code, c.lat, c.lon, c.priority, c.assignee_kind,
                   c.assignee_code, c.arbitration, c.limit_value, c.limit_unit, c.deadline,
                   c.deadline_calendar_missing, c.observed_at,
                   c.last_seen_at, c.report_count, c.open, c.version
              FROM routing.case_file c
             WHERE c.open
               AND c.category = :category
               AND c.last_seen_at BETWEEN :earliest AND :latest
               AND ST_DWithin(c.location, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, :radiusMeters)
             ORDER BY ST_Distance(c.location, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography),
                      c.last_seen_at DESC
             LIMIT 1""")
    Optional<CaseFileRow> findOpenDuplicate(String category, double lat, double lon, double radiusMeters,
            Instant earliest, Instant latest);

    @Query("UPDATE routing.case_file SET open = :open WHERE case_id = :caseId")
    long updateOpen(UUID caseId, boolean open);
}
