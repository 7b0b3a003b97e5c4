package org.gridgov.intake.app;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import org.gridgov.platform.messaging.DatabaseUnreachable;
import org.gridgov.platform.problem.Problem;

/**
 * Tells "the database is not there" from "the data is wrong": the first must be a 503 (the phone
 * retries later), never a 500 and never a 201.
 */
public final class Unavailable {

    private Unavailable() {
    }

    static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static boolean isDatabaseDown(Throwable error) {
        if (DatabaseUnreachable.explains(error)) {
            return true;
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true;
            }
            if (t.getClass().getName().endsWith("CannotCreateTransactionException")
                    || t.getClass().getName().endsWith("CannotGetJdbcConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /** Runs a piece of persistence work, turning a lost database into 503 problem+json. */
    public static <T> T database(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw asProblem(e);
        }
    }

    /** The 503 problem for a lost database; any other error as it is. */
    static RuntimeException asProblem(RuntimeException error) {
        if (!(error instanceof Problem) && isDatabaseDown(error)) {
            return Problem.unavailable("the report store is unavailable; nothing was saved, retry later");
        }
        return error;
    }
}
