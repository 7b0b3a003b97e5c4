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
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

    public Inbox(ObjectMapper json, Validator validator, TransactionOperations<Connection> transactions,
                 JdbcOperations jdbc, KafkaPublisher producer, Clock clock,
                 TopicProvisioner topicsExistFirst, SequencedEvents sequencedEvents,
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
    }

    /**
     * Applies a numbered event of a stream in its order, on the caller's transaction (the one
     * {@link #process} runs its handler in); see {@link SequencedEvents#apply}.
     */
    public <T> EventOrder.Verdict applyInOrder(String schema, String consumer, UUID stream, Long sequence, T event,
                                               Class<T> type, Consumer<T> handler) {
        return sequencedEvents.apply(schema, consumer, stream, sequence, event, type, handler);
    }

    public <T> void process(ConsumerRecord<String, String> record, String consumer, String schema,
                            Class<T> type, Consumer<T> handler) {
        new OutboxTable(schema); // checks the schema name before it is used in SQL
        // every line logged while this record is handled names it: case id, report id, …
        String keyName = Topics.keyName(record.topic());
        if (record.key() != null) {
            MDC.put(keyName, record.key());
        }
        MDC.put("consumer", consumer);
        try {
            processLogged(record, consumer, schema, type, handler);
        } finally {
            MDC.remove(keyName);
            MDC.remove("consumer");
            MDC.remove("eventId");
        }
    }

    private <T> void processLogged(ConsumerRecord<String, String> record, String consumer, String schema,
                                   Class<T> type, Consumer<T> handler) {
        String eventId;
        T message;
        try {
            if (record.value() == null) {
                throw new PoisonMessage("empty message");
            }
            JsonNode tree = json.readValue(record.value(), JsonNode.class);
            JsonNode id = tree.isObject() ? tree.get("eventId") : null;
            if (id == null || !id.isString() || id.getStringValue().isBlank()) {
                throw new PoisonMessage("message has no eventId");
            }
            eventId = id.getStringValue();
            MDC.put("eventId", eventId);
            message = json.readValue(record.value(), Argument.of(type));
            if (message == null) {
                throw new PoisonMessage("message is null");
            }
            Set<ConstraintViolation<T>> violations = validator.validate(message);
            if (!violations.isEmpty()) {
                throw new PoisonMessage("invalid message: " + violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
            }
        } catch (PoisonMessage e) {
            deadLetter(record, consumer, e.getMessage(), 1);
            return;
        } catch (Exception e) {
            deadLetter(record, consumer, "unreadable message: " + reasons(e), 1);
            return;
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                final T accepted = message;
                transactions.executeWrite(status -> {
                    if (firstTime(schema, consumer, eventId)) {
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
        return jdbc.prepareStatement("INSERT INTO " + schema + ".processed_message (consumer, event_id) VALUES (?, ?) "
                + "ON CONFLICT DO NOTHING", statement -> {
                    statement.setString(1, consumer);
                    statement.setString(2, eventId);
                    return statement.executeUpdate() == 1;
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
