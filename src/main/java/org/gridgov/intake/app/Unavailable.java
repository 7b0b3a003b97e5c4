package org.gridgov.intake.app;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import org.gridgov.platform.messaging.DatabaseUnreachable;
import org.gridgov.platform.refusal.Refusal;

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

    /** Runs a piece of persistence work, turning a lost database into an "unavailable" refusal (503). */
    public static <T> T database(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw asRefusal(e);
        }
    }

    /** The "unavailable" refusal for a lost database; any other error as it is. */
    static RuntimeException asRefusal(RuntimeException error) {
        if (!(error instanceof Refusal) && isDatabaseDown(error)) {
            return Refusal.unavailable("the report store is unavailable; nothing was saved, retry later");
        }
        return error;
    }
}
