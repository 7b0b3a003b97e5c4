package org.gridgov.registry.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VoterCodeRows extends CrudRepository<VoterCodeRow, String> {

    /** Codes of one phone are sent and checked one request at a time, so that attempts are counted exactly. */
    @Query("SELECT 1 FROM pg_advisory_xact_lock(hashtext('voter-code:' || :phoneKey))")
    Integer lockPhone(String phoneKey);
}
