package org.gridgov.dispatch.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.WorkingTime;
import org.gridgov.dispatch.persistence.CaseStore;

/**
 * One scan of the deadline clock: warnings, overdue marks and escalations of every due case, and
 * the deferred cases (缓办) whose day has come, which resume.
 * Due cases are locked with {@code FOR UPDATE SKIP LOCKED}, so several instances scanning at
 * once split the work and never act twice on one case.
 */
@Singleton
public class CheckDeadlines {

    private final CaseStore store;
    private final CaseRecorder recorder;
    private final Clock clock;
    private final WorkingTime calendar;
    private final int batchSize;

    public CheckDeadlines(CaseStore store, CaseRecorder recorder, Clock clock, WorkingTime calendar,
                          @Value("${gridgov.dispatch.deadline-batch-size:100}") int batchSize) {
        this.store = store;
        this.recorder = recorder;
        this.clock = clock;
        this.calendar = calendar;
        this.batchSize = batchSize;
    }

    /** Checks one batch of due cases; returns how many were due (a full batch: call again). */
    @Transactional
    public int checkBatch() {
        Instant now = clock.instant();
        List<UUID> due = store.lockDue(now, batchSize);
        for (UUID id : due) {
            Case c = store.find(id).orElseThrow();
            recorder.recordChanged(c.scan(now, calendar));
        }
        return due.size();
    }

    public int batchSize() {
        return batchSize;
    }
}
