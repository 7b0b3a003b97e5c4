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
        long last = lockPosition(schema, consumer, stream);
        EventOrder.Verdict verdict = EventOrder.of(last, sequence);
        switch (verdict) {
            case APPLY_UNNUMBERED -> handler.accept(event);
            case ALREADY_APPLIED -> { }
            case HOLD -> hold(schema, consumer, stream, sequence, event, last);
            case APPLY -> {
                handler.accept(event);
                long applied = sequence;
                for (Optional<T> next = takeHeld(schema, consumer, stream, applied + 1, type); next.isPresent();
                        next = takeHeld(schema, consumer, stream, applied + 1, type)) {
                    handler.accept(next.get());
                    applied++;
                }
                savePosition(schema, consumer, stream, applied);
            }
        }
        return verdict;
    }

    private long lockPosition(String schema, String consumer, UUID stream) {
        jdbc.prepareStatement("INSERT INTO " + schema + ".event_position (consumer, stream_id, last_sequence)"
                + " VALUES (?, ?, 0) ON CONFLICT DO NOTHING", (PreparedStatement s) -> {
                    s.setString(1, consumer);
                    s.setObject(2, stream);
                    return s.executeUpdate();
                });
        return jdbc.prepareStatement("SELECT last_sequence FROM " + schema + ".event_position"
                + " WHERE consumer = ? AND stream_id = ? FOR UPDATE", (PreparedStatement s) -> {
                    s.setString(1, consumer);
                    s.setObject(2, stream);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    private void savePosition(String schema, String consumer, UUID stream, long applied) {
        jdbc.prepareStatement("UPDATE " + schema + ".event_position SET last_sequence = ? WHERE consumer = ? AND stream_id = ?",
                (PreparedStatement s) -> {
                    s.setLong(1, applied);
                    s.setString(2, consumer);
                    s.setObject(3, stream);
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
