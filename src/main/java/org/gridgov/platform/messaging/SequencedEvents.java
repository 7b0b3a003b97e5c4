package org.gridgov.platform.messaging;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the numbered events of a stream (a case's events) in their order, exactly once, on the
 * caller's transaction (the inbox's). The consumer's last applied number per stream is a row in
 * {@code <schema>.event_position}, locked while an event is applied, so the live listener and a
 * replay meeting on one case take turns. An event that arrives before its predecessor is held in
 * {@code <schema>.held_event} (and its Kafka record acknowledged, so the partition flows on); it
 * is applied as soon as the predecessor is, together with any held successors. A gap can only come
 * from an event that went to the dead-letter topic or a replay that starts later than the live
 * listener; re-publishing the missing event from the DLQ releases what waits behind it.
 */
@Singleton
public class SequencedEvents {

    private static final Logger LOG = LoggerFactory.getLogger(SequencedEvents.class);

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    public SequencedEvents(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Applies {@code event} (number {@code sequence} of stream {@code stream}) with {@code handler}
     * if it is the next one, then every held event that now follows; holds it if it is early;
     * skips it if it was applied before. An event without a number (schemaVersion 1) is applied
     * only while no numbered event of its stream has been.
     *
     * @return the verdict for {@code event} itself
     */
    public <T> EventOrder.Verdict apply(String schema, String consumer, UUID stream, Long sequence, T event,
                                        Class<T> type, Consumer<T> handler) {
        new OutboxTable(schema); // checks the schema name before it is used in SQL
        Position position = lockPosition(schema, consumer, stream);
        EventOrder.Verdict verdict = EventOrder.of(position.lastApplied(), sequence);
        switch (verdict) {
            case APPLY_UNNUMBERED -> handler.accept(event);
            case ALREADY_APPLIED -> { }
            case HOLD -> hold(schema, consumer, stream, sequence, event, position.lastApplied());
            case APPLY -> {
                handler.accept(event);
                long applied = sequence;
                int released = 0;
                // held successors are looked for only while the position row counts some
                while (released < position.held()) {
                    Optional<T> next = takeHeld(schema, consumer, stream, applied + 1, type);
                    if (next.isEmpty()) {
                        break; // a gap: the held ones wait for an event not yet applied
                    }
                    handler.accept(next.get());
                    applied++;
                    released++;
                }
                savePosition(schema, consumer, stream, applied, released);
            }
        }
        return verdict;
    }

    /** The last number applied on a stream and how many of its later events are held. */
    private record Position(long lastApplied, int held) {
    }

    /**
     * Creates the stream's position row if it is new, locks it and reads it, in one statement. The
     * no-op update is what takes the row lock; RETURNING then shows the row as it is after any
     * transaction that held the lock before (READ COMMITTED follows the newest version).
     */
    private Position lockPosition(String schema, String consumer, UUID stream) {
        return jdbc.prepareStatement("INSERT INTO " + schema + ".event_position AS p (consumer, stream_id, last_sequence)"
                + " VALUES (?, ?, 0) ON CONFLICT (consumer, stream_id) DO UPDATE SET last_sequence = p.last_sequence"
                + " RETURNING p.last_sequence, p.held_count", (PreparedStatement s) -> {
                    s.setString(1, consumer);
                    s.setObject(2, stream);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return new Position(rs.getLong(1), rs.getInt(2));
                    }
                });
    }

    private void savePosition(String schema, String consumer, UUID stream, long applied, int released) {
        jdbc.prepareStatement("UPDATE " + schema + ".event_position SET last_sequence = ?, held_count = held_count - ?"
                + " WHERE consumer = ? AND stream_id = ?", (PreparedStatement s) -> {
                    s.setLong(1, applied);
                    s.setInt(2, released);
                    s.setString(3, consumer);
                    s.setObject(4, stream);
                    return s.executeUpdate();
                });
    }

    private <T> void hold(String schema, String consumer, UUID stream, long sequence, T event, long last) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hold event " + sequence + " of " + stream, e);
        }
        int held = jdbc.prepareStatement("INSERT INTO " + schema + ".held_event (consumer, stream_id, sequence, payload)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", (PreparedStatement s) -> {
                    s.setString(1, consumer);
                    s.setObject(2, stream);
                    s.setLong(3, sequence);
                    s.setString(4, payload);
                    return s.executeUpdate();
                });
        if (held == 1) {
            // under the position row's lock, taken by lockPosition in this transaction
            jdbc.prepareStatement("UPDATE " + schema + ".event_position SET held_count = held_count + 1"
                    + " WHERE consumer = ? AND stream_id = ?", (PreparedStatement s) -> {
                        s.setString(1, consumer);
                        s.setObject(2, stream);
                        return s.executeUpdate();
                    });
            LOG.info("{} holds event {} of {} until event {} has been applied", consumer, sequence, stream, last + 1);
        }
    }

    private <T> Optional<T> takeHeld(String schema, String consumer, UUID stream, long sequence, Class<T> type) {
        String payload = jdbc.prepareStatement("DELETE FROM " + schema + ".held_event"
                + " WHERE consumer = ? AND stream_id = ? AND sequence = ? RETURNING payload", (PreparedStatement s) -> {
                    s.setString(1, consumer);
                    s.setObject(2, stream);
                    s.setLong(3, sequence);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                });
        if (payload == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(payload, Argument.of(type)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read held event " + sequence + " of " + stream, e);
        }
    }
}
