package org.gridgov.platform.messaging;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridgov.platform.scheduling.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gridgov.platform.time.SettableClock;

/**
 * Forgets, once a day per service across the cluster, the events an inbox processed longer ago than
 * {@code gridgov.inbox.remembered-for} (30 days). An inbox remembers an event only to skip it when
 * Kafka delivers it again, which it can do only while the record is still on its topic: the memory
 * must outlast the topics' retention (7 days, Kafka's default; set it longer if a topic keeps more).
 * Without this a province's inboxes would keep some 150 million rows a year that can never match again.
 *
 * <p>One job per schema, so that a process running some roles purges their inboxes however the
 * roles are spread over processes. The delete is one statement per day's worth of rows; the table
 * has no index on the time, and a daily scan of a month's rows costs seconds where an index would
 * cost every event an insert.
 */
@Singleton
@Requires(property = "gridgov.inbox.purge.enabled", notEquals = "false")
public class InboxMemoryPurge {

    private static final Logger LOG = LoggerFactory.getLogger(InboxMemoryPurge.class);
    private static final Duration EVERY = Duration.ofDays(1);

    private final List<ServiceInbox> inboxes;
    private final ClusterJobs clusterJobs;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Duration rememberedFor;

    InboxMemoryPurge(List<ServiceInbox> inboxes, ClusterJobs clusterJobs, JdbcOperations jdbc, Clock clock,
            @Value("${gridgov.inbox.remembered-for:30d}") Duration rememberedFor) {
        if (rememberedFor.compareTo(Duration.ofDays(7)) < 0) {
            throw new IllegalArgumentException("gridgov.inbox.remembered-for must be at least the topics' retention of 7 days, was "
                    + rememberedFor);
        }
        this.inboxes = inboxes;
        this.clusterJobs = clusterJobs;
        this.jdbc = jdbc;
        this.clock = SettableClock.wallOf(clock); // processed messages are stamped by the database, in real time
        this.rememberedFor = rememberedFor;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "${gridgov.inbox.purge.initial-delay:15m}")
    void purgeWhenDue() {
        for (ServiceInbox inbox : inboxes) {
            try {
                clusterJobs.runIfDue("inbox-memory-purge." + inbox.schema(), EVERY, () -> forget(inbox.schema()));
            } catch (RuntimeException e) {
                // the next hour tries again; a table that grows for a day longer is no harm
                LOG.warn("could not purge {}.processed_message: {}", inbox.schema(), e.toString());
            }
        }
    }

    /** Deletes the schema's remembered events older than the memory; returns how many. */
    @Transactional
    public int forget(String schema) {
        Instant before = clock.instant().minus(rememberedFor);
        int forgotten = jdbc.prepareStatement("DELETE FROM " + new OutboxTable(schema).schema() + ".processed_message WHERE processed_at < ?",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(before));
                    return statement.executeUpdate();
                });
        LOG.info("forgot {} events {}'s inbox processed before {}", forgotten, schema, before);
        return forgotten;
    }
}
