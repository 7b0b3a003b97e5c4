package org.gridgov.grid.app;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import java.sql.SQLException;

/** Tells a lost race (stale version, duplicate key) from any other database failure. */
final class ConcurrentWrite {

    private static final String UNIQUE_VIOLATION = "23505";

    private ConcurrentWrite() {}

    static boolean lostRace(DataAccessException e) {
        if (e instanceof OptimisticLockException) {
            return true;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
