package org.gridgov.platform.messaging;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** The producing side of the messaging test: runs with the grid role. */
@Singleton
@Requires(property = "gridgov.roles.grid", notEquals = "false")
public class PingSender {

    private final PingOutbox outbox;

    public PingSender(PingOutbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Ping send(String pingId, String note) {
        Ping ping = Ping.of(pingId, note);
        outbox.append(Ping.TOPIC, pingId, ping);
        return ping;
    }

    @Transactional
    public void sendThenFail(String pingId) {
        outbox.append(Ping.TOPIC, pingId, Ping.of(pingId, "never"));
        throw new IllegalStateException("the state change failed, so the message must not leave");
    }

    @Singleton
    @Requires(property = "gridgov.roles.grid", notEquals = "false")
    static class PingOutbox extends ServiceOutbox {
        PingOutbox(Outbox outbox) {
            super("pingtest", outbox);
        }
    }
}
