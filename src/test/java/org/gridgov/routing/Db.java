package org.gridgov.routing;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * Reads routing's own tables in a test, on a connection of its own; and takes the next number of a
 * case's event sequence the way dispatch does, for a test that publishes a case event in dispatch's
 * place.
 */
public final class Db {

    private Db() {
    }

    public static long number(TransactionOperations<Connection> transactions, String sql, Object... parameters) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
    }

    /**
     * Takes the next number of the case's event sequence in dispatch's row, as dispatch does when it
     * writes an event ({@code CaseStore.takeSequences}), once dispatch has stored the case that
     * routing opened. A test that publishes a case event in dispatch's place numbers it with this, so
     * the event follows the ones dispatch already published for the case (registered, dispatched,
     * rerouted, …) and dispatch's own later events follow it.
     */
    public static long takeCaseSequence(TransactionOperations<Connection> transactions, UUID caseId) {
        long[] taken = {-1L};
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            taken[0] = transactions.executeWrite(status -> {
                try (PreparedStatement statement = status.getConnection().prepareStatement(
                        "UPDATE dispatch.dispatch_case SET last_sequence = last_sequence + 1 WHERE id = ?"
                                + " RETURNING last_sequence")) {
                    statement.setObject(1, caseId);
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : -1L;
                    }
                }
            });
            return taken[0] > 0;
        });
        return taken[0];
    }
}
