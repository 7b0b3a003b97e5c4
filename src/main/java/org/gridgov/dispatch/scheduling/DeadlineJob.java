package org.gridgov.dispatch.scheduling;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.gridgov.dispatch.app.CheckDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the deadline scan on every instance; the row locks keep instances from doubling up. */
@Singleton
@Requires(property = "gridgov.dispatch.scheduler.enabled", notEquals = "false")
class DeadlineJob {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineJob.class);
    /** Bounds one tick's work so a backlog cannot starve the scheduler thread. */
    private static final int MAX_BATCHES_PER_TICK = 20;

    private final CheckDeadlines checkDeadlines;

    DeadlineJob(CheckDeadlines checkDeadlines) {
        this.checkDeadlines = checkDeadlines;
    }

    @Scheduled(fixedDelay = "${gridgov.dispatch.deadline-scan-interval:30s}", initialDelay = "${gridgov.dispatch.deadline-scan-initial-delay:15s}")
    void scan() {
        try {
            for (int i = 0; i < MAX_BATCHES_PER_TICK && checkDeadlines.checkBatch() == checkDeadlines.batchSize(); i++) {
                LOG.debug("deadline scan: full batch, scanning again");
            }
        } catch (RuntimeException e) {
            // a case saved concurrently by a user loses nothing: the next tick sees it again
            LOG.warn("deadline scan failed, retrying at the next tick: {}", e.getMessage());
        }
    }
}
