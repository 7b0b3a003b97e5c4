package org.gridgov.platform.messaging;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
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
     * Processes a poll's records in one transaction, the handler getting the messages not processed
     * before in the poll's order; see {@link Inbox#processBatch}. For a {@link InboxListener} with
     * {@code batch = true} whose messages are independent or keyed so that a poll keeps each key's order.
     */
    public <T> void processBatch(Iterable<ConsumerRecord<String, String>> records, String consumer, Class<T> type,
                                 Consumer<List<T>> handler) {
        inbox.processBatch(records, consumer, schema, type, handler);
    }

    /**
     * {@link #processInOrder} for a whole poll in one transaction (a {@link InboxListener} with
     * {@code batch = true}); see {@link Inbox#processInOrderBatch}.
     */
    public <T> void processInOrderBatch(Iterable<ConsumerRecord<String, String>> records, String consumer, Class<T> type,
                                        Function<T, UUID> stream, Function<T, Long> sequence, Consumer<T> handler) {
        inbox.processInOrderBatch(records, consumer, schema, type, stream, sequence, handler);
    }

    /**
     * Processes a record that carries a numbered event of a stream (a case's events): applied only
     * after its predecessors, exactly once for this consumer, whose name also names its positions;
     * see {@link Inbox#processInOrder}.
     */
    public <T> void processInOrder(ConsumerRecord<String, String> record, String consumer, Class<T> type,
                                   Function<T, UUID> stream, Function<T, Long> sequence, Consumer<T> handler) {
        inbox.processInOrder(record, consumer, schema, type, stream, sequence, handler);
    }

    /** The schema whose {@code processed_message} this inbox remembers events in. */
    public String schema() {
        return schema;
    }
}
