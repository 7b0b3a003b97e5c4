package org.gridgov.dashboard.persistence;

import jakarta.inject.Singleton;

/**
 * Empties every dashboard table, including the inbox's record of processed events and the
 * per-case sequence positions and held events, before a replay.
 */
@Singleton
public class ReadModelReset {

    private final Sql sql;

    public ReadModelReset(Sql sql) {
        this.sql = sql;
    }

    @io.micronaut.transaction.annotation.Transactional
    public void truncateAll() {
        sql.update("TRUNCATE dashboard.case_fact, dashboard.case_transition, dashboard.figures_daily,"
                + " dashboard.figures_overlap, dashboard.figures_close_time, dashboard.figures_grid_month, dashboard.figures_close_hours,"
                + " dashboard.grid_outline, dashboard.worker_grid, dashboard.processed_message,"
                + " dashboard.event_position, dashboard.held_event");
    }
}
