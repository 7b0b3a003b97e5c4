package org.gridgov.registry.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VoteRows extends CrudRepository<VoteRow, Long> {

    @Query("SELECT nomination_id, count(*) AS votes FROM registry.vote WHERE round_code = :roundCode GROUP BY nomination_id")
    List<VoteTally> tally(String roundCode);

    @Query("SELECT nomination_id FROM registry.vote WHERE round_code = :roundCode AND voter_key = :voterKey")
    List<UUID> picksOf(String roundCode, String voterKey);

    /**
     * One voter's votes in a round are taken one at a time (a transaction-scoped advisory lock on
     * the voter), so two simultaneous requests cannot both slip under the pick limit.
     */
    @Query("SELECT 1 FROM pg_advisory_xact_lock(hashtext(:roundCode || ':' || :voterKey))")
    Integer lockVoter(String roundCode, String voterKey);
}
