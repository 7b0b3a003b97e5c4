package org.gridgov.platform.messaging;

import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One service's inbox, its schema ({@code <schema>.processed_message}) said once. Each service
 * declares a single subclass as a bean; its {@link InboxListener}s hand every record to it.
 */
public abstract class ServiceInbox {

    private final String schema;
    private final Inbox inbox;

    protected ServiceInbox(String schema, Inbox inbox) {
        this.schema = new OutboxTable(schema).schema(); // checks the name before it is used in SQL
        this.inbox = inbox;
    }

    /**
     * Reads, validates and deduplicates the record, then runs the handler in one transaction with the
     * record of having processed it; see {@link Inbox#process}.
     *
     * @param consumer the listener's consumer group: each group processes each event once
     */
    public <T> void process(ConsumerRecord<String, String> record, String consumer, Class<T> type, Consumer<T> handler) {
        inbox.process(record, consumer, schema, type, handler);
    }
}
