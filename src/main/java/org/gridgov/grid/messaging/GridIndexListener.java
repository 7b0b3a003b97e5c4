package org.gridgov.grid.messaging;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.grid.app.GridIndexUpdates;
import org.gridgov.platform.messaging.EveryInstanceListener;
import org.gridgov.platform.messaging.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's locate index in step with {@code gridgov.grid.v1}. Every instance must see
 * every change, so each has its own consumer group (a unique id) starting at the end of the topic.
 * To miss nothing between its database load and its subscription, the load runs once the
 * partitions are assigned and their positions fixed: everything later arrives as a message, and
 * revisions make a change seen twice harmless. This listener does not use the inbox: the state it
 * keeps is in memory, per instance, so a processed-message row shared in the database would wrongly
 * make one instance skip what another applied.
 */
@KafkaListener(groupId = "grid-index", uniqueGroupId = true, offsetReset = OffsetReset.LATEST)
class GridIndexListener extends EveryInstanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(GridIndexListener.class);

    private final JsonMapper json;
    private final GridIndexUpdates updates;

    GridIndexListener(JsonMapper json, GridIndexUpdates updates) {
        this.json = json;
        this.updates = updates;
    }

    @Topic(Topics.GRID)
    void receive(ConsumerRecord<String, String> record) {
        GridEventV1 event;
        try {
            event = json.readValue(record.value(), GridEventV1.class);
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring unreadable message at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return;
        }
        updates.apply(event.eventId(), event.type(), event.gridCode(), event.geometry(), event.revision());
    }

    @Override
    protected void positionsFixed(int partitions) {
        updates.reloadFromDatabase("partitions assigned: " + partitions);
    }
}
