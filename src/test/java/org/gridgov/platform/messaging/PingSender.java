package org.gridgov.platform.messaging;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** The producing side of the messaging test: runs with the grid role. */
@Singleton
@Requires(property = "gridgov.roles.grid", notEquals = "false")
public class PingSender {

    private final Outbox outbox;

    public PingSender(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Ping send(String pingId, String note) {
        Ping ping = Ping.of(pingId, note);
        outbox.append("pingtest", Ping.TOPIC, pingId, ping);
        return ping;
    }

    @Transactional
    public void sendThenFail(String pingId) {
        outbox.append("pingtest", Ping.TOPIC, pingId, Ping.of(pingId, "never"));
        throw new IllegalStateException("the state change failed, so the message must not leave");
    }

    @Factory
    static class PingOutbox {
        @Bean
        @Singleton
        @Requires(property = "gridgov.roles.grid", notEquals = "false")
        OutboxTable pingOutbox() {
            return new OutboxTable("pingtest");
        }
    }
}
