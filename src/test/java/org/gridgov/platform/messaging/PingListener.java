package org.gridgov.platform.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The consuming side of the messaging test: runs with the dispatch role. */
@InboxListener("pingtest")
@Requires(property = "gridgov.roles.dispatch", notEquals = "false")
public class PingListener {

    private final PingInbox inbox;
    private final JdbcOperations jdbc;

    public PingListener(PingInbox inbox, JdbcOperations jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @Topic(Ping.TOPIC)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "pingtest", Ping.class, this::record);
    }

    private void record(Ping ping) {
        if ("poison".equals(ping.note())) {
            throw new PoisonMessage("a ping that can never be handled");
        }
        if ("flaky".equals(ping.note())) {
            throw new IllegalStateException("always failing, to exhaust the retries");
        }
        jdbc.prepareStatement("INSERT INTO pingtest.received (ping_id, times, note) VALUES (?, 1, ?) "
                + "ON CONFLICT (ping_id) DO UPDATE SET times = pingtest.received.times + 1", statement -> {
                    statement.setString(1, ping.pingId());
                    statement.setString(2, ping.note());
                    return statement.executeUpdate();
                });
    }

    @jakarta.inject.Singleton
    @Requires(property = "gridgov.roles.dispatch", notEquals = "false")
    static class PingInbox extends ServiceInbox {
        PingInbox(Inbox inbox) {
            super("pingtest", inbox);
        }
    }
}
