package org.gridgov.platform.security.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SessionRows extends CrudRepository<SessionRow, UUID> {

    List<SessionRow> findByUsernameOrderByLastUsedAtDesc(String username);

    @Query("""
            UPDATE platform.device_sessions SET revoked_at = :now, revoked_reason = :reason
             WHERE id = :id AND revoked_at IS NULL""")
    int revoke(UUID id, Instant now, String reason);

    @Query("""
            UPDATE platform.device_sessions SET revoked_at = :now, revoked_reason = :reason
             WHERE username = :username AND revoked_at IS NULL AND expires_at > :now""")
    int revokeAllOf(String username, Instant now, String reason);

    @Query("""
            UPDATE platform.device_sessions SET token_version = token_version + 1
             WHERE username = :username AND revoked_at IS NULL AND expires_at > :now""")
    int renewAccessOf(String username, Instant now);

    @Query("""
            UPDATE platform.device_sessions SET last_used_at = :now, expires_at = :expiresAt
             WHERE id = :id AND revoked_at IS NULL""")
    int touch(UUID id, Instant now, Instant expiresAt);

    /** Sessions revoked or expired before {@code before} go, with their refresh tokens (cascade). */
    @Query("DELETE FROM platform.device_sessions WHERE expires_at < :before OR revoked_at < :before")
    int purgeEndedBefore(Instant before);
}
