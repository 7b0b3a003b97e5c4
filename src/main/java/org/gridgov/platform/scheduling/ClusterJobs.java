package org.gridgov.platform.scheduling;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.gridgov.platform.time.SettableClock;

/**
 * Runs a job at most once per interval across every instance of the platform. Each instance's
 * scheduler calls {@link #runIfDue}; in one transaction the caller takes the job's advisory lock
 * (an instance that cannot is skipped at once), reads when the job last started anywhere, and only
 * if that is at least an interval ago runs the work and records the start. The work joins that
 * transaction, so its effects (outbox rows) and the record commit or roll back together: a failed
 * run is tried again by the next tick of any instance.
 */
@Singleton
public class ClusterJobs {

    /** Slack for schedulers that tick a little early, so that a run is not skipped for a few ms. */
    private static final Duration EARLY = Duration.ofSeconds(1);

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    public ClusterJobs(JdbcOperations jdbc, TransactionOperations<Connection> transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = SettableClock.wallOf(clock); // a job's interval is real time, also while a demo sets the platform clock back
    }

    /** Returns true when this instance ran the work. */
    public boolean runIfDue(String job, Duration interval, Runnable work) {
        return transactions.executeWrite(status -> {
            if (!lock(job)) {
                return false;
            }
            Instant now = clock.instant();
            Instant last = lastStart(job);
            if (last != null && last.plus(interval).minus(EARLY).isAfter(now)) {
                return false;
            }
            work.run();
            recordStart(job, now);
            return true;
        });
    }

    private boolean lock(String job) {
        return jdbc.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext(?))", statement -> {
            statement.setString(1, "cluster-job:" + job);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    private Instant lastStart(String job) {
        return jdbc.prepareStatement("SELECT last_started_at FROM platform.cluster_job WHERE name = ?", statement -> {
            statement.setString(1, job);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getTimestamp(1).toInstant() : null;
            }
        });
    }

    private void recordStart(String job, Instant now) {
        jdbc.prepareStatement("INSERT INTO platform.cluster_job (name, last_started_at, last_instance) VALUES (?, ?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET last_started_at = EXCLUDED.last_started_at, "
                + "last_instance = EXCLUDED.last_instance", statement -> {
                    statement.setString(1, job);
                    statement.setTimestamp(2, Timestamp.from(now));
                    statement.setString(3, instance);
                    return statement.executeUpdate();
                });
    }
}
