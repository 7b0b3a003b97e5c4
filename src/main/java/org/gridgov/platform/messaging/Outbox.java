package org.gridgov.platform.messaging;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Appends a message to a service's outbox on the caller's transaction, so it is published if and
 * only if the state change it describes commits.
 */
@Singleton
public class Outbox {

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    public Outbox(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A message ready for the outbox: topic, key and the JSON it carries. */
    public record Message(String topic, String key, String payload) {
    }

    /** Serialises a message now, so that the transaction that appends it does not have to. */
    public Message message(String topic, String key, Object message) {
        try {
            return new Message(topic, key, json.writeValueAsString(message));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise " + message.getClass().getSimpleName(), e);
        }
    }

    public void append(String schema, String topic, String key, Object message) {
        appendAll(schema, List.of(message(topic, key, message)));
    }

    /** Appends the messages in order, in one round trip to the database. */
    public void appendAll(String schema, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        String table = new OutboxTable(schema).qualified();
        jdbc.prepareStatement("INSERT INTO " + table + " (topic, message_key, payload) VALUES (?, ?, ?)",
                (PreparedStatement statement) -> {
                    for (Message message : messages) {
                        statement.setString(1, message.topic());
                        statement.setString(2, message.key());
                        statement.setString(3, message.payload());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }
}
