package org.gridgov.platform.security;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;

/** A worker's token scope follows the grids the grid service assigns to them. */
@InboxListener("platform-identity")
public class WorkerGridsListener {

    @Serdeable
    public record GridMessageV1(@NotNull UUID eventId, @NotNull String type, @NotNull Instant occurredAt,
                                int schemaVersion, @Nullable String workerId, @Nullable List<String> gridCodes) {
    }

    private final IdentityInbox inbox;
    private final UserDirectory directory;

    public WorkerGridsListener(IdentityInbox inbox, UserDirectory directory) {
        this.inbox = inbox;
        this.directory = directory;
    }

    @Topic(Topics.GRID)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "platform-identity", GridMessageV1.class, this::apply);
    }

    private void apply(GridMessageV1 message) {
        if (!"WorkerGridsAssigned".equals(message.type()) || message.workerId() == null || message.gridCodes() == null) {
            return;
        }
        directory.assignGrids(message.workerId(), message.gridCodes(), message.occurredAt());
    }
}
