package org.gridgov.platform.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * The consuming side of the batch test: takes whole polls. Runs only where the test turns it on,
 * so that no other test's context consumes its topic.
 */
@InboxListener(value = "pingbatch", batch = true)
@Requires(property = "gridgov.test.ping-batch", value = "true")
public class PingBatchListener {

    public static final String TOPIC = "gridgov.test-pingbatch.v1";

    private final PingListener.PingInbox inbox;
    private final JdbcOperations jdbc;

    public PingBatchListener(PingListener.PingInbox inbox, JdbcOperations jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @Topic(TOPIC)
    void receive(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, "pingbatch", Ping.class, this::record);
    }

    private void record(List<Ping> pings) {
        for (Ping ping : pings) {
            if ("poison".equals(ping.note())) {
                throw new PoisonMessage("a ping that can never be handled");
            }
            jdbc.prepareStatement("INSERT INTO pingtest.batch_received (ping_id, times, batch_size) VALUES (?, 1, ?) "
                    + "ON CONFLICT (ping_id) DO UPDATE SET times = pingtest.batch_received.times + 1", statement -> {
                        statement.setString(1, ping.pingId());
                        statement.setInt(2, pings.size());
                        return statement.executeUpdate();
                    });
        }
    }
}
