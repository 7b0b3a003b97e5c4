package org.gridgov.intake.app;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.persistence.ReportRows;
import org.gridgov.platform.batching.Batcher;
import org.gridgov.platform.messaging.Outbox;
import org.gridgov.platform.metrics.StageTimers;
import org.gridgov.intake.messaging.IntakeOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores reports with their outbox messages by group commit: reports submitted at the same time
 * are written by a few writer threads in one transaction each, so they share one commit (one WAL
 * flush) instead of paying one apiece. A caller is answered only after its group committed:
 * durable before acknowledged.
 *
 * <p>The idempotency check is part of the insert ({@code ON CONFLICT (client_report_id) DO
 * NOTHING}); a report whose client id is already stored comes back as {@link Outcome#CLIENT_ID_TAKEN}
 * and gets no outbox message. When a group fails for a reason other than a lost database, each of
 * its reports is tried again alone, so a bad report only fails itself.
 */
@Singleton
public class ReportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ReportWriter.class);

    /** What happened to one report. */
    public enum Outcome {
        /** stored with its outbox message */
        INSERTED,
        /** not stored: a report with the same client id exists (a replay, a race or a conflict) */
        CLIENT_ID_TAKEN
    }

    /** A report and the message announcing it, already serialised by the caller's thread. */
    public record Write(Report report, Outbox.Message message) {
    }

    /** The outcome of one write, or what it failed with (the database's error, or {@link WriterTimeout}). */
    public record Written(Outcome outcome, RuntimeException failure) {
    }

    /** No commit was confirmed in time; the report may still be stored (a retry is then a replay). */
    public static final class WriterTimeout extends RuntimeException {
        WriterTimeout(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ReportRows reports;
    private final IntakeOutbox outbox;
    private final TransactionOperations<Connection> transactions;
    private final Duration maxWait;
    private final Batcher<Write, Written> groups;
    private final Timer commits;
    private final DistributionSummary groupSizes;

    public ReportWriter(ReportRows reports, IntakeOutbox outbox, TransactionOperations<Connection> transactions,
            StageTimers timers, MeterRegistry meters,
            @Value("${gridgov.intake.writer.threads:2}") int threads,
            @Value("${gridgov.intake.writer.max-group:100}") int maxGroup,
            @Value("${gridgov.intake.writer.max-wait:30s}") Duration maxWait) {
        this.reports = reports;
        this.outbox = outbox;
        this.transactions = transactions;
        this.maxWait = maxWait;
        this.commits = timers.timer("gridgov.intake.report.commit",
                "time of one group commit of reports with their outbox rows (one transaction)");
        this.groupSizes = DistributionSummary.builder("gridgov.intake.report.group")
                .description("reports written by one group commit").baseUnit("reports").register(meters);
        this.groups = new Batcher<>("report-writer", threads, maxGroup, this::writeGroup);
    }

    /** Stores the reports, each with its message, and waits until they are committed. */
    public List<Written> write(List<Write> writes) {
        List<Written> written = new ArrayList<>(writes.size());
        for (Batcher.Answer<Written> answer : groups.call(writes, maxWait)) {
            if (!answer.failed()) {
                written.add(answer.value());
            } else if (answer.failure() instanceof TimeoutException || answer.failure() instanceof InterruptedException) {
                written.add(new Written(null, new WriterTimeout("no commit within " + maxWait, answer.failure())));
            } else if (answer.failure() instanceof RuntimeException failure) {
                written.add(new Written(null, failure));
            } else {
                written.add(new Written(null, new IllegalStateException(answer.failure())));
            }
        }
        return written;
    }

    private List<Written> writeGroup(List<Write> group) {
        try {
            long started = System.nanoTime();
            List<Written> written = transactions.executeWrite(status -> insert(group));
            commits.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            groupSizes.record(group.size());
            return written;
        } catch (RuntimeException e) {
            if (group.size() == 1 || Unavailable.isDatabaseDown(e)) {
                return group.stream().map(write -> new Written(null, e)).toList();
            }
            LOG.info("a group of {} reports failed ({}); writing each alone", group.size(), e.toString());
            List<Written> written = new ArrayList<>(group.size());
            for (Write one : group) {
                written.add(writeGroup(List.of(one)).get(0));
            }
            return written;
        }
    }

    private List<Written> insert(List<Write> group) {
        boolean[] inserted = reports.insertUnlessClientIdTaken(group.stream().map(Write::report).toList());
        List<Outbox.Message> messages = new ArrayList<>(group.size());
        List<Written> written = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            if (inserted[i]) {
                messages.add(group.get(i).message());
                written.add(new Written(Outcome.INSERTED, null));
            } else {
                written.add(new Written(Outcome.CLIENT_ID_TAKEN, null));
            }
        }
        outbox.appendAll(messages);
        return written;
    }

    @PreDestroy
    void close() {
        groups.close(maxWait);
    }
}
