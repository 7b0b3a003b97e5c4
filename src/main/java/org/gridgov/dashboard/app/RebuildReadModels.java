package org.gridgov.dashboard.app;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.concurrent.locks.ReentrantLock;
import org.gridgov.dashboard.messaging.DashboardConsumers;
import org.gridgov.dashboard.messaging.TopicReplay;
import org.gridgov.dashboard.persistence.ReadModelReset;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.refusal.Refusal;

/**
 * Throws the read models away and rebuilds them from the beginning of gridgov.grid.v1 and
 * gridgov.cases.v1. The live listeners keep running: both paths go through the inbox under the
 * same consumer names and the per-case lock and version, so an event is applied once whichever
 * path sees it first.
 */
@Singleton
public class RebuildReadModels {

    @Serdeable
    public record Rebuilt(long gridEvents, long caseEvents) {}

    private final ReadModelReset reset;
    private final TopicReplay replay;
    private final DashboardConsumers consumers;
    private final ReentrantLock running = new ReentrantLock();

    public RebuildReadModels(ReadModelReset reset, TopicReplay replay, DashboardConsumers consumers) {
        this.reset = reset;
        this.replay = replay;
        this.consumers = consumers;
    }

    public Rebuilt rebuild() {
        if (!running.tryLock()) {
            throw Refusal.conflict("a rebuild is already running");
        }
        try {
            reset.truncateAll();
            long grid = replay.replay(Topics.GRID, consumers::gridEvent);
            long cases = replay.replay(Topics.CASES, consumers::caseEvent);
            return new Rebuilt(grid, cases);
        } finally {
            running.unlock();
        }
    }
}
