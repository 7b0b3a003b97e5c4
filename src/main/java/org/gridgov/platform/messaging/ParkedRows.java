package org.gridgov.platform.messaging;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Outbox rows parked because they can never be published as they are. The row stays in its
 * service's outbox with {@code parked_at} set (so the relay passes over it); {@code platform.outbox_parked}
 * lists every parking of every service, so that one administrator endpoint sees them all whichever
 * roles a process runs. Replaying clears {@code parked_at}: the relay then tries the row again.
 */
@Singleton
public class ParkedRows {

    /** One parking as the administrator sees it. */
    @io.micronaut.serde.annotation.Serdeable
    public record Parked(long id, String outbox, long outboxId, String topic, String key, int payloadBytes,
                         String error, Instant parkedAt, Instant replayedAt, String replayedBy) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    public ParkedRows(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** On the relay's transaction: marks the row parked and lists it. */
    void park(OutboxTable table, long outboxId, String topic, String key, int payloadBytes, String error) {
        jdbc.prepareStatement("UPDATE " + table.qualified() + " SET parked_at = now() WHERE id = ?", statement -> {
            statement.setLong(1, outboxId);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO platform.outbox_parked (outbox_schema, outbox_id, topic, message_key, "
                + "payload_bytes, error) VALUES (?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, table.schema());
                    statement.setLong(2, outboxId);
                    statement.setString(3, topic);
                    statement.setString(4, key);
                    statement.setInt(5, payloadBytes);
                    statement.setString(6, error);
                    return statement.executeUpdate();
                });
    }

    /** Newest first; {@code waitingOnly} leaves out what was replayed already. */
    public List<Parked> list(boolean waitingOnly, int limit) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT id, outbox_schema, outbox_id, topic, message_key, payload_bytes, error, parked_at, replayed_at, "
                        + "replayed_by FROM platform.outbox_parked" + (waitingOnly ? " WHERE replayed_at IS NULL" : "")
                        + " ORDER BY id DESC LIMIT ?", statement -> {
                    statement.setInt(1, limit);
                    List<Parked> found = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.add(read(rs));
                        }
                    }
                    return found;
                }));
    }

    public long waiting() {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT count(*) FROM platform.outbox_parked WHERE replayed_at IS NULL", statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : 0L;
                    }
                }));
    }

    /**
     * Puts the row back into its outbox's queue. Empty when no such parking exists; a parking
     * replayed before is answered as it stands (replaying twice is harmless).
     */
    public Optional<Parked> replay(long id, String by) {
        return transactions.executeWrite(status -> {
            Optional<Parked> found = find(id);
            if (found.isEmpty() || found.get().replayedAt() != null) {
                return found;
            }
            Parked parked = found.get();
            OutboxTable table = new OutboxTable(parked.outbox());
            jdbc.prepareStatement("UPDATE " + table.qualified() + " SET parked_at = NULL WHERE id = ? AND sent_at IS NULL",
                    statement -> {
                        statement.setLong(1, parked.outboxId());
                        return statement.executeUpdate();
                    });
            jdbc.prepareStatement("UPDATE platform.outbox_parked SET replayed_at = now(), replayed_by = ? WHERE id = ?",
                    statement -> {
                        statement.setString(1, by);
                        statement.setLong(2, id);
                        return statement.executeUpdate();
                    });
            return find(id);
        });
    }

    private Optional<Parked> find(long id) {
        return jdbc.prepareStatement("SELECT id, outbox_schema, outbox_id, topic, message_key, payload_bytes, error, "
                + "parked_at, replayed_at, replayed_by FROM platform.outbox_parked WHERE id = ?", statement -> {
                    statement.setLong(1, id);
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(read(rs)) : Optional.<Parked>empty();
                    }
                });
    }

    private static Parked read(ResultSet rs) throws SQLException {
        Timestamp replayed = rs.getTimestamp(9);
        return new Parked(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getTimestamp(8).toInstant(), replayed == null ? null : replayed.toInstant(),
                rs.getString(10));
    }
}
