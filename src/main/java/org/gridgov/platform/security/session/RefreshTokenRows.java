package org.gridgov.platform.security.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RefreshTokenRows extends CrudRepository<RefreshTokenRow, String> {

    /** Marks a token used; 1 for the one caller that wins, 0 when it was used before (a replay). */
    @Query("UPDATE platform.refresh_tokens SET used_at = :now WHERE token_hash = :tokenHash AND used_at IS NULL")
    int markUsed(String tokenHash, Instant now);
}
