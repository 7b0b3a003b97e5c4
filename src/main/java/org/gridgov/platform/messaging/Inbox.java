package org.gridgov.platform.messaging;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.metrics.StageTimers;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The idempotent consumer: reads and validates a message, skips an event this consumer already
 * processed, and runs the handler in one transaction with the record of having processed it. A
 * message that cannot be processed, after retries for failures that may pass, goes to
 * {@code <topic>.dlq} with the error, and the partition carries on. It throws, so that the listener
 * does not commit the offset and delivers the record again, only when the database cannot be reached
 * (the failure is the database's, not the message's) or even the DLQ cannot be written.
 */
@Singleton
public class Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final ObjectMapper json;
    private final Validator validator;
    private final TransactionOperations<Connection> transactions;
    private final JdbcOperations jdbc;
    private final KafkaPublisher producer;
    private final Clock clock;
    private final int attempts;
    private final long backoffMillis;
    private final SequencedEvents sequencedEvents;
    private final StageTimers timers;

    public Inbox(ObjectMapper json, Validator validator, TransactionOperations<Connection> transactions,
                 JdbcOperations jdbc, KafkaPublisher producer, Clock clock,
                 TopicProvisioner topicsExistFirst, SequencedEvents sequencedEvents, StageTimers timers,
                 @Value("${gridgov.inbox.attempts:3}") int attempts,
                 @Value("${gridgov.inbox.backoff-ms:200}") long backoffMillis) {
        this.json = json;
        this.validator = validator;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.producer = producer;
        this.clock = clock;
        this.attempts = attempts;
        this.backoffMillis = backoffMillis;
        this.sequencedEvents = sequencedEvents;
        this.timers = timers;
    }

    public <T> void process(ConsumerRecord<String, String> record, String consumer, String schema,
                            Class<T> type, Consumer<T> handler) {
        process(record, consumer, schema, type, message -> true, handler);
    }

    /**
     * As {@link #process}, for the numbered events of streams: each is applied in its stream's order
     * ({@link SequencedEvents#apply}, the consumer's name also naming its positions). The position
     * already tells a numbered event that was applied before, so only an unnumbered (older) event is
     * also written to {@code processed_message}: one insert less per event, in each consumer of
     * {@code gridgov.cases.v1}.
     */
    public <T> void processInOrder(ConsumerRecord<String, String> record, String consumer, String schema, Class<T> type,
                                   Function<T, UUID> stream, Function<T, Long> sequence, Consumer<T> handler) {
        process(record, consumer, schema, type, message -> sequence.apply(message) == null,
                message -> sequencedEvents.apply(schema, consumer, stream.apply(message), sequence.apply(message), message,
                        type, handler));
    }

    /**
     * Processes a poll's records in one transaction: each is read and validated (a bad one goes to
     * the DLQ on its own), the batch's event ids are recorded in one statement, and the handler gets
     * the messages not processed before, in the order of the poll (each partition's records in their
     * order). One commit, one dedup statement and one offset commit per poll instead of per record:
     * at a few dozen reports per second those were most of the loop's transactions. If the batch
     * fails as a whole (one message refused, a deadlock, the database away), nothing of it was
     * written, and each record is processed on its own as by {@link #process}, with its retries and
     * its DLQ; only what {@code process} would throw for is thrown, and the listener then delivers
     * the poll again.
     */
    public <T> void processBatch(Iterable<ConsumerRecord<String, String>> records, String consumer, String schema,
                                 Class<T> type, Consumer<List<T>> handler) {
        processBatch(records, consumer, schema, type, message -> true, handler, message -> handler.accept(List.of(message)));
    }

    /**
     * {@link #processInOrder} for a poll's records in one transaction, as {@link #processBatch}: each
     * numbered event is applied in its stream's order (two events of one case in one poll follow
     * each other in it), each unnumbered one deduplicated by its event id.
     */
    public <T> void processInOrderBatch(Iterable<ConsumerRecord<String, String>> records, String consumer, String schema,
                                        Class<T> type, Function<T, UUID> stream, Function<T, Long> sequence,
                                        Consumer<T> handler) {
        Consumer<T> inOrder = message -> sequencedEvents.apply(schema, consumer, stream.apply(message),
                sequence.apply(message), message, type, handler);
        processBatch(records, consumer, schema, type, message -> sequence.apply(message) == null,
                messages -> messages.forEach(inOrder), inOrder);
    }

    private <T> void processBatch(Iterable<ConsumerRecord<String, String>> records, String consumer, String schema,
                                  Class<T> type, Predicate<T> dedupByEventId, Consumer<List<T>> handler,
                                  Consumer<T> oneByOne) {
        new OutboxTable(schema); // checks the schema name before it is used in SQL
        MDC.put("consumer", consumer);
        try {
            long started = System.nanoTime();
            List<Read<T>> reads = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                String keyName = nameInLogs(record);
                try {
                    read(record, consumer, type).ifPresent(reads::add);
                } finally {
                    MDC.remove(keyName);
                }
            }
            MDC.remove("eventId");
            if (reads.isEmpty()) {
                return;
            }
            try {
                transactions.executeWrite(status -> {
                    Set<String> fresh = firstTimes(schema, consumer, reads.stream()
                            .filter(read -> dedupByEventId.test(read.message())).map(Read::eventId).toList());
                    // Set.remove: an event twice in one poll is processed once, at its first place
                    List<T> messages = reads.stream()
                            .filter(read -> !dedupByEventId.test(read.message()) || fresh.remove(read.eventId()))
                            .map(Read::message).toList();
                    if (!messages.isEmpty()) {
                        handler.accept(messages);
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.info("{}: a batch of {} records failed as a whole ({}); each is now processed on its own", consumer,
                        reads.size(), e.toString());
                for (Read<T> read : reads) {
                    processOneOfBatch(read, consumer, schema, dedupByEventId, oneByOne);
                }
            }
            long share = (System.nanoTime() - started) / reads.size();
            reads.forEach(read -> recordTimes(read.record(), consumer, share));
        } finally {
            MDC.remove("consumer");
            MDC.remove("eventId");
        }
    }

    private <T> void processOneOfBatch(Read<T> read, String consumer, String schema, Predicate<T> dedupByEventId,
                                       Consumer<T> handler) {
        String keyName = nameInLogs(read.record());
        MDC.put("eventId", read.eventId());
        try {
            processRead(read.record(), consumer, schema, read, dedupByEventId, handler);
        } finally {
            MDC.remove(keyName);
        }
    }

    private <T> void process(ConsumerRecord<String, String> record, String consumer, String schema, Class<T> type,
                             Predicate<T> dedupByEventId, Consumer<T> handler) {
        new OutboxTable(schema); // checks the schema name before it is used in SQL
        String keyName = nameInLogs(record);
        MDC.put("consumer", consumer);
        try {
            long started = System.nanoTime();
            processLogged(record, consumer, schema, type, dedupByEventId, handler);
            recordTimes(record, consumer, System.nanoTime() - started);
        } finally {
            MDC.remove(keyName);
            MDC.remove("consumer");
            MDC.remove("eventId");
        }
    }

    /**
     * Names the record in every line logged while it is handled (case id, report id, …); answers
     * the MDC key to remove afterwards.
     */
    private static String nameInLogs(ConsumerRecord<String, String> record) {
        String keyName = Topics.keyName(record.topic());
        if (record.key() != null) {
            MDC.put(keyName, record.key());
        }
        return keyName;
    }

    /**
     * How long this record took (reading, the transaction with its handler, retries, dead-lettering)
     * and how long after its timestamp (the producer's send, normally) it was done. A record of a batch
     * counts its share of the batch's time.
     */
    private void recordTimes(ConsumerRecord<String, String> record, String consumer, long nanos) {
        timers.timer("gridgov.inbox.processing", "time the inbox took to process one record, its transaction included",
                "topic", record.topic(), "consumer", consumer).record(nanos, TimeUnit.NANOSECONDS);
        if (record.timestamp() >= 0) {
            timers.timer("gridgov.inbox.lag", "time from a record's timestamp to the end of its processing",
                    "topic", record.topic(), "consumer", consumer)
                    .record(Duration.ofMillis(System.currentTimeMillis() - record.timestamp()));
        }
    }

    private <T> void processLogged(ConsumerRecord<String, String> record, String consumer, String schema,
                                   Class<T> type, Predicate<T> dedupByEventId, Consumer<T> handler) {
        Optional<Read<T>> read = read(record, consumer, type);
        if (read.isPresent()) {
            processRead(record, consumer, schema, read.get(), dedupByEventId, handler);
        }
    }

    /** A record's message, read and valid, with its event id. */
    private record Read<T>(ConsumerRecord<String, String> record, String eventId, T message) {
    }

    /** Reads and validates a record; one that cannot be read or is invalid goes to the DLQ (empty). */
    private <T> Optional<Read<T>> read(ConsumerRecord<String, String> record, String consumer, Class<T> type) {
        try {
            if (record.value() == null) {
                throw new PoisonMessage("empty message");
            }
            JsonNode tree = json.readValue(record.value(), JsonNode.class);
            JsonNode id = tree.isObject() ? tree.get("eventId") : null;
            if (id == null || !id.isString() || id.getStringValue().isBlank()) {
                throw new PoisonMessage("message has no eventId");
            }
            String eventId = id.getStringValue();
            MDC.put("eventId", eventId);
            T message = json.readValue(record.value(), Argument.of(type));
            if (message == null) {
                throw new PoisonMessage("message is null");
            }
            Set<ConstraintViolation<T>> violations = validator.validate(message);
            if (!violations.isEmpty()) {
                throw new PoisonMessage("invalid message: " + violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
            }
            return Optional.of(new Read<>(record, eventId, message));
        } catch (PoisonMessage e) {
            deadLetter(record, consumer, e.getMessage(), 1);
        } catch (Exception e) {
            deadLetter(record, consumer, "unreadable message: " + reasons(e), 1);
        }
        return Optional.empty();
    }

    private <T> void processRead(ConsumerRecord<String, String> record, String consumer, String schema, Read<T> read,
                                 Predicate<T> dedupByEventId, Consumer<T> handler) {
        String eventId = read.eventId();
        T message = read.message();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                final T accepted = message;
                transactions.executeWrite(status -> {
                    if (!dedupByEventId.test(accepted) || firstTime(schema, consumer, eventId)) {
                        handler.accept(accepted);
                    }
                    return null;
                });
                return;
            } catch (PoisonMessage e) {
                deadLetter(record, consumer, e.getMessage(), attempt);
                return;
            } catch (Refusal e) {
                if (!e.retriable()) {
                    // the same message would be refused again: set it aside now
                    deadLetter(record, consumer, e.kind() + " " + e.detail(), attempt);
                    return;
                }
                last = e;
            } catch (Problem e) {
                if (e.status() < 500) {
                    deadLetter(record, consumer, e.status() + " " + e.detail(), attempt);
                    return;
                }
                last = e;
            } catch (RuntimeException e) {
                last = e;
            }
            LOG.warn("{} failed on {}-{}@{} (attempt {}/{}): {}", consumer, record.topic(), record.partition(),
                    record.offset(), attempt, attempts, last.toString());
            pause(backoffMillis * attempt);
        }
        if (DatabaseUnreachable.explains(last)) {
            // Not the message's fault, and nothing can be processed until the database is back (a
            // restart takes seconds): fail the record so that the listener delivers it again later.
            // Dead-lettered, the report or decision it carries would never reach its case.
            LOG.warn("{} cannot reach the database; {}-{}@{} will be delivered again", consumer, record.topic(),
                    record.partition(), record.offset());
            throw new IllegalStateException(consumer + " cannot reach the database; " + record.topic() + "-"
                    + record.partition() + "@" + record.offset() + " will be delivered again", last);
        }
        deadLetter(record, consumer, describe(last), attempts);
    }

    private boolean firstTime(String schema, String consumer, String eventId) {
        return !firstTimes(schema, consumer, List.of(eventId)).isEmpty();
    }

    /** Records the events as processed by this consumer; returns those that were not before. */
    private Set<String> firstTimes(String schema, String consumer, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return new HashSet<>();
        }
        return jdbc.prepareStatement("INSERT INTO " + schema + ".processed_message (consumer, event_id) "
                + "SELECT ?, event_id FROM unnest(?::text[]) AS event_id ON CONFLICT DO NOTHING RETURNING event_id",
                statement -> {
                    statement.setString(1, consumer);
                    statement.setArray(2, statement.getConnection().createArrayOf("text", eventIds.toArray()));
                    Set<String> fresh = new HashSet<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            fresh.add(rows.getString(1));
                        }
                    }
                    return fresh;
                });
    }

    private void deadLetter(ConsumerRecord<String, String> record, String consumer, String error, int attempts) {
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("eventId", UUID.randomUUID().toString());
        letter.put("type", "MessageFailed");
        letter.put("occurredAt", clock.instant().toString());
        letter.put("schemaVersion", 1);
        letter.put("sourceTopic", record.topic());
        letter.put("sourcePartition", record.partition());
        letter.put("sourceOffset", record.offset());
        letter.put("consumer", consumer);
        letter.put("error", error == null ? "unknown error" : error);
        letter.put("attempts", attempts);
        letter.put("originalKey", record.key());
        letter.put("originalValue", record.value() == null ? null
                : new String(record.value().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        try {
            producer.send(Topics.dlq(record.topic()), record.key(), json.writeValueAsString(letter))
                    .get(30, TimeUnit.SECONDS);
            LOG.warn("{} sent {}-{}@{} to {}: {}", consumer, record.topic(), record.partition(), record.offset(),
                    Topics.dlq(record.topic()), error);
        } catch (Exception e) {
            // Not acknowledged anywhere: fail the record so that Kafka delivers it again.
            throw new IllegalStateException("could not write to " + Topics.dlq(record.topic()), e);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e == null ? "unknown error" : e.toString());
        Throwable cause = e == null ? null : e.getCause();
        while (cause != null && text.length() < 2000) {
            text.append(" <- ").append(cause);
            cause = cause.getCause();
        }
        return text.toString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }

    /** The reader's message and its causes': the outer one alone ("Error deserializing type") does not say which field. */
    private static String reasons(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
