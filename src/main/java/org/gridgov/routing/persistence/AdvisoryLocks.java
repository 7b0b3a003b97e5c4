package org.gridgov.routing.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.List;
import org.gridgov.routing.domain.DuplicateLocks;

/** Takes a batch's advisory locks in one round trip, in the order given, until the transaction ends. */
@Singleton
public class AdvisoryLocks {

    private final JdbcOperations jdbc;

    AdvisoryLocks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void takeAll(List<DuplicateLocks.Lock> locks) {
        if (locks.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                SELECT count(*) FROM (
                    SELECT CASE WHEN exclusive THEN pg_advisory_xact_lock(hashtext(key))
                                ELSE pg_advisory_xact_lock_shared(hashtext(key)) END
                      FROM (SELECT key, exclusive FROM unnest(?::text[], ?::boolean[]) WITH ORDINALITY AS l(key, exclusive, n)
                             ORDER BY n) AS ordered) AS taken""", statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("text",
                            locks.stream().map(DuplicateLocks.Lock::key).toArray()));
                    statement.setArray(2, statement.getConnection().createArrayOf("boolean",
                            locks.stream().map(DuplicateLocks.Lock::exclusive).toArray()));
                    statement.executeQuery().close();
                    return null;
                });
    }
}
