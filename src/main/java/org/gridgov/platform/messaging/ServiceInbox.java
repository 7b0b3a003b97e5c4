package org.gridgov.platform.messaging;

import java.util.UUID;
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

    /**
     * Inside a {@link #process} handler: applies {@code event}, number {@code sequence} of
     * {@code stream} (a case's events), only after its predecessors, exactly once per consumer;
     * see {@link SequencedEvents#apply}. A null sequence is an unnumbered (older) event.
     */
    public <T> EventOrder.Verdict applyInOrder(String consumer, UUID stream, Long sequence, T event, Class<T> type,
                                               Consumer<T> handler) {
        return inbox.applyInOrder(schema, consumer, stream, sequence, event, type, handler);
    }
}
