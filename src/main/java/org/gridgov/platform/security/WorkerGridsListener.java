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
    private final Users users;

    public WorkerGridsListener(IdentityInbox inbox, Users users) {
        this.inbox = inbox;
        this.users = users;
    }

    @Topic(Topics.GRID)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "platform-identity", GridMessageV1.class, this::apply);
    }

    private void apply(GridMessageV1 message) {
        if (!"WorkerGridsAssigned".equals(message.type()) || message.workerId() == null || message.gridCodes() == null) {
            return;
        }
        users.findById(message.workerId())
                .filter(user -> Role.WORKER.name().equals(user.role()))
                .ifPresent(user -> users.update(new UserRow(user.username(), user.passwordHash(), user.role(),
                        message.gridCodes().toArray(String[]::new), user.displayName(), user.enabled(),
                        user.version(), user.createdAt(), message.occurredAt())));
    }
}
