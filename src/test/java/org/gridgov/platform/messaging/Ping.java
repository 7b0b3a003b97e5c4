package org.gridgov.platform.messaging;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A test message with the envelope every gridgov message has. */
@Serdeable
public record Ping(@NotNull UUID eventId, @NotBlank String type, @NotNull Instant occurredAt, int schemaVersion,
                   @NotBlank String pingId, String note) {

    public static final String TOPIC = "gridgov.test-ping.v1";

    static Ping of(String pingId, String note) {
        return new Ping(UUID.randomUUID(), "Pinged", Instant.now(), 1, pingId, note);
    }
}
