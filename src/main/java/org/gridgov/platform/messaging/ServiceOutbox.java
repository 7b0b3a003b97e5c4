package org.gridgov.platform.messaging;

import java.util.List;

/**
 * One service's outbox, its schema said once. Each service declares a single subclass as a bean
 * ({@code DispatchOutbox}, …); use cases append through it on their own transaction, and the
 * {@link OutboxRelay} publishes every such bean's table.
 */
public abstract class ServiceOutbox {

    private final OutboxTable table;
    private final Outbox outbox;

    protected ServiceOutbox(String schema, Outbox outbox) {
        this.table = new OutboxTable(schema);
        this.outbox = outbox;
    }

    public OutboxTable table() {
        return table;
    }

    /** Serialises a message now, so that the transaction that appends it does not have to. */
    public Outbox.Message message(String topic, String key, Object message) {
        return outbox.message(topic, key, message);
    }

    public void append(String topic, String key, Object message) {
        outbox.append(table.schema(), topic, key, message);
    }

    /** Appends the messages in order, in one round trip to the database. */
    public void appendAll(List<Outbox.Message> messages) {
        outbox.appendAll(table.schema(), messages);
    }
}
