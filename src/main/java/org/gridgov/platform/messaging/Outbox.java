package org.gridgov.platform.messaging;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;

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

    public void append(String schema, String topic, String key, Object message) {
        String table = new OutboxTable(schema).qualified();
        String payload;
        try {
            payload = json.writeValueAsString(message);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise " + message.getClass().getSimpleName(), e);
        }
        jdbc.prepareStatement("INSERT INTO " + table + " (topic, message_key, payload) VALUES (?, ?, ?)",
                (PreparedStatement statement) -> {
                    statement.setString(1, topic);
                    statement.setString(2, key);
                    statement.setString(3, payload);
                    return statement.executeUpdate();
                });
    }
}
