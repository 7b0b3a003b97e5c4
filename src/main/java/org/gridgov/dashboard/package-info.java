/**
 * Dashboard: township dashboards — read models only.
 *
 * <p>Owns the {@code dashboard} schema (V500–V599): {@code case_fact} (one row per case, newest
 * version wins), {@code case_transition} (returns/reopenings, counted once), {@code figures_daily}
 * and {@code figures_overlap} (pre-aggregated daily counts per area level × category × department),
 * {@code figures_grid_month} (the grids' months of those), {@code figures_close_time} and
 * {@code figures_close_hours} (closures for the p90), {@code grid_outline}, {@code worker_grid},
 * plus its outbox and processed-message tables.
 *
 * <p>Consumes {@code gridgov.cases.v1} (every case transition) and {@code gridgov.grid.v1} (grid
 * outlines, worker assignments). Publishes {@code gridgov.kpi.v1} ({@code KpiMeasured}, key: site id)
 * through the outbox, hourly and on demand. Serves {@code /api/v1/stats/**}, the grid map's vector
 * tiles {@code /tiles/grids/{z}/{x}/{y}.mvt} (from its own copy of the outlines joined with its own
 * figures, so no tile request leaves the service) and the page {@code /dashboard/}.
 */
@Configuration
@Requires(property = "gridgov.roles.dashboard", notEquals = "false")
package org.gridgov.dashboard;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
