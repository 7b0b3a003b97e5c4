package org.gridgov.platform.messaging;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.gridgov.platform.metrics.StageTimers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every registered outbox to Kafka, oldest row first, and marks what the broker
 * acknowledged. One relay at a time per outbox (a transaction-scoped advisory lock), so several
 * instances never publish a row twice concurrently and each key keeps its order. A broker that is
 * away only delays: rows stay unsent until it returns. A row that can never be published as it is
 * (too large for the broker, an invalid topic, not serialisable: {@link Unpublishable}) is parked
 * ({@link ParkedRows}) and the rows behind it go on.
 */
@Singleton
@Requires(beans = ServiceOutbox.class)
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration SENT_ROWS_KEPT = Duration.ofDays(7);

    private record Row(long id, String topic, String key, String payload, Instant createdAt) {
    }

    private record Parking(Row row, Throwable cause) {
    }

    private final List<OutboxTable> tables;
    private final KafkaPublisher producer;
    private final TransactionOperations<Connection> transactions;
    private final JdbcOperations jdbc;
    private final int batchSize;
    private final ParkedRows parkedRows;
    private final Counter parkedCount;
    private final StageTimers timers;
    private final AtomicLong waitingParked = new AtomicLong();
    private volatile Instant lastParkedCount = Instant.EPOCH;
    private volatile Instant lastFailureLogged = Instant.EPOCH;
    private volatile Instant lastPurge = Instant.EPOCH;

    public OutboxRelay(List<ServiceOutbox> outboxes, KafkaPublisher producer,
                       TransactionOperations<Connection> transactions, JdbcOperations jdbc,
                       ParkedRows parkedRows, MeterRegistry meters, StageTimers timers,
                       @Value("${gridgov.outbox.batch-size:500}") int batchSize) {
        this.tables = outboxes.stream().map(ServiceOutbox::table).toList();
        this.producer = producer;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.batchSize = batchSize;
        this.parkedRows = parkedRows;
        this.timers = timers;
        this.parkedCount = Counter.builder("gridgov.outbox.parked.rows")
                .description("outbox rows parked by this process because they can never be published")
                .register(meters);
        Gauge.builder("gridgov.outbox.parked.waiting", waitingParked, AtomicLong::get)
                .description("parked outbox rows of every service not replayed yet (refreshed every 30 s)")
                .register(meters);
    }

    @Scheduled(fixedDelay = "${gridgov.outbox.poll-interval:100ms}", initialDelay = "1s")
    void relay() {
        for (OutboxTable table : tables) {
            try {
                int sent;
                do {
                    sent = transactions.executeWrite(status -> publishBatch(table));
                } while (sent == batchSize);
            } catch (RuntimeException e) {
                logFailure(table, e);
            }
        }
        purgeOccasionally();
        countParkedOccasionally();
    }

    private void countParkedOccasionally() {
        Instant now = Instant.now();
        if (Duration.between(lastParkedCount, now).toSeconds() < 30) {
            return;
        }
        lastParkedCount = now;
        try {
            waitingParked.set(parkedRows.waiting());
        } catch (RuntimeException e) {
            LOG.debug("Could not count parked outbox rows: {}", e.toString());
        }
    }

    /** Publishes up to one batch; returns how many rows were marked sent or parked. */
    int publishBatch(OutboxTable table) {
        boolean mine = jdbc.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext(?))", statement -> {
            statement.setString(1, table.qualified());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
        if (!mine) {
            return 0;
        }
        List<Row> rows = jdbc.prepareStatement(
                "SELECT id, topic, message_key, payload, created_at FROM " + table.qualified()
                        + " WHERE sent_at IS NULL AND parked_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                statement -> {
                    statement.setInt(1, batchSize);
                    List<Row> found = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getTimestamp(5).toInstant()));
                        }
                    }
                    return found;
                });
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            acks.add(send(row));
        }
        producer.flush();
        List<Long> acknowledged = new ArrayList<>(rows.size());
        List<Parking> parked = new ArrayList<>();
        RuntimeException failure = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                acknowledged.add(row.id());
                recordLag(table, row);
            } catch (Exception e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                if (Unpublishable.is(cause)) {
                    parked.add(new Parking(row, cause));
                    continue; // this row can never be sent: the rows behind it go on
                }
                failure = new IllegalStateException("broker did not acknowledge outbox row " + row.id(), e);
                break; // a broker that is away: later rows stay unsent so that each key keeps its order
            }
        }
        markSent(table, acknowledged);
        parked.forEach(parking -> park(table, parking));
        if (failure != null && acknowledged.isEmpty() && parked.isEmpty()) {
            throw failure;
        }
        return acknowledged.size() + parked.size();
    }

    /** From the row's creation (its transaction's start) to the broker's acknowledgement. */
    private void recordLag(OutboxTable table, Row row) {
        timers.timer("gridgov.outbox.lag", "time from an outbox row's creation to the broker's acknowledgement",
                "outbox", table.schema(), "topic", row.topic())
                .record(Duration.between(row.createdAt(), Instant.now()));
    }

    /** A failure to even hand the row to the producer (a serialiser's, say) becomes that row's failure. */
    private Future<RecordMetadata> send(Row row) {
        try {
            return producer.send(row.topic(), row.key(), row.payload());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void markSent(OutboxTable table, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("UPDATE " + table.qualified() + " SET sent_at = now() WHERE id = ANY (?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids.toArray()));
            return statement.executeUpdate();
        });
    }

    private void park(OutboxTable table, Parking parking) {
        Row row = parking.row();
        String error = Unpublishable.describe(parking.cause());
        parkedRows.park(table, row.id(), row.topic(), row.key(), row.payload().getBytes(StandardCharsets.UTF_8).length, error);
        parkedCount.increment();
        waitingParked.incrementAndGet();
        LOG.error("Outbox {} row {} parked, it can never be published as it is ({} to {}, key {}): {}. "
                + "The rows behind it go on; an administrator can list and replay it at /api/v1/admin/outbox/parked",
                table.qualified(), row.id(), row.payload().length() + " chars", row.topic(), row.key(), error);
    }

    private void purgeOccasionally() {
        Instant now = Instant.now();
        if (Duration.between(lastPurge, now).toMinutes() < 10) {
            return;
        }
        lastPurge = now;
        for (OutboxTable table : tables) {
            try {
                transactions.executeWrite(status -> jdbc.prepareStatement(
                        "DELETE FROM " + table.qualified() + " WHERE sent_at < ?", (PreparedStatement statement) -> {
                            statement.setObject(1, java.sql.Timestamp.from(now.minus(SENT_ROWS_KEPT)));
                            return statement.executeUpdate();
                        }));
            } catch (RuntimeException e) {
                LOG.warn("Could not purge sent rows of {}: {}", table.qualified(), e.toString());
            }
        }
    }

    private void logFailure(OutboxTable table, RuntimeException e) {
        Instant now = Instant.now();
        if (Duration.between(lastFailureLogged, now).toSeconds() >= 30) {
            lastFailureLogged = now;
            LOG.warn("Outbox {} not published yet, will retry: {}", table.qualified(), rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.toString();
    }
}
