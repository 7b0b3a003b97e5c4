package org.gridgov.platform.messaging;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The consuming side of the messaging test: runs with the dispatch role. */
@KafkaListener(groupId = "pingtest", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC)
@Requires(property = "gridgov.roles.dispatch", notEquals = "false")
public class PingListener {

    private final Inbox inbox;
    private final JdbcOperations jdbc;

    public PingListener(Inbox inbox, JdbcOperations jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @Topic(Ping.TOPIC)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "pingtest", "pingtest", Ping.class, this::record);
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
}
