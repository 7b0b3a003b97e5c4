package org.gridgov.platform.messaging;

import io.micronaut.data.connection.exceptions.ConnectionException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure says that the database could not be reached (no connection to be had in time,
 * a connection refused or ended by the server) rather than anything about the work at hand. Such a
 * failure passes when the database is back, however long that takes: the work must be tried again,
 * never given up. The inbox asks it whether to deliver a message again; intake whether to answer 503.
 */
public final class DatabaseUnreachable {

    private DatabaseUnreachable() {
    }

    public static boolean explains(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the pool had no connection in time; the transaction layer could not take or set one up
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectionException) {
                return true;
            }
            // 08: connection exception; 57P: the server shutting down, ending the session, or not yet up
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
