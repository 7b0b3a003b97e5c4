-- Issue 17: figures at province scale.
--
-- Per-grid figures of a calendar month, kept by the consumer in the same transaction as the daily
-- rows (and rebuilt with them), so that a map tile or a township's grid table for a month reads one
-- row per grid and unit instead of summing every day × category of every grid. The columns are
-- those of figures_daily summed over the month and its categories; closed_with_deadline_in_month is
-- figures_overlap where the close and the deadline fall in the same month (the overlap of a
-- one-month period). Any other period is still summed from the daily rows.
CREATE TABLE dashboard.figures_grid_month (
    month                         date   NOT NULL,
    grid_code                     text COLLATE "C" NOT NULL,
    department                    text   NOT NULL,
    reported                      bigint NOT NULL DEFAULT 0,
    registered                    bigint NOT NULL DEFAULT 0,
    dispatched                    bigint NOT NULL DEFAULT 0,
    resolved                      bigint NOT NULL DEFAULT 0,
    resolved_on_time              bigint NOT NULL DEFAULT 0,
    deadline_due                  bigint NOT NULL DEFAULT 0,
    closed                        bigint NOT NULL DEFAULT 0,
    closed_on_time                bigint NOT NULL DEFAULT 0,
    close_seconds                 bigint NOT NULL DEFAULT 0,
    rated                         bigint NOT NULL DEFAULT 0,
    satisfied                     bigint NOT NULL DEFAULT 0,
    returned                      bigint NOT NULL DEFAULT 0,
    reopened                      bigint NOT NULL DEFAULT 0,
    handled                       bigint NOT NULL DEFAULT 0,
    handling_working_minutes      bigint NOT NULL DEFAULT 0,
    township_closed               bigint NOT NULL DEFAULT 0,
    township_closed_on_time       bigint NOT NULL DEFAULT 0,
    township_verified             bigint NOT NULL DEFAULT 0,
    township_verified_on_time     bigint NOT NULL DEFAULT 0,
    self_resolved                 bigint NOT NULL DEFAULT 0,
    closed_with_deadline_in_month bigint NOT NULL DEFAULT 0,
    -- month first: a tile asks for a list of grids in one month, the map for a township's code prefix in one month
    PRIMARY KEY (month, grid_code, department)
);

-- The months already counted, from the daily rows of the grids (no replay needed).
INSERT INTO dashboard.figures_grid_month (month, grid_code, department, reported, registered, dispatched, resolved,
       resolved_on_time, deadline_due, closed, closed_on_time, close_seconds, rated, satisfied, returned, reopened,
       handled, handling_working_minutes, township_closed, township_closed_on_time, township_verified,
       township_verified_on_time, self_resolved)
SELECT date_trunc('month', day)::date, area_code, department, sum(reported), sum(registered), sum(dispatched),
       sum(resolved), sum(resolved_on_time), sum(deadline_due), sum(closed), sum(closed_on_time), sum(close_seconds),
       sum(rated), sum(satisfied), sum(returned), sum(reopened), sum(handled), sum(handling_working_minutes),
       sum(township_closed), sum(township_closed_on_time), sum(township_verified), sum(township_verified_on_time),
       sum(self_resolved)
FROM dashboard.figures_daily
WHERE length(area_code) = 15
GROUP BY 1, 2, 3;

INSERT INTO dashboard.figures_grid_month AS m (month, grid_code, department, closed_with_deadline_in_month)
SELECT date_trunc('month', closed_day)::date, area_code, department, sum(n)
FROM dashboard.figures_overlap
WHERE length(area_code) = 15 AND date_trunc('month', closed_day) = date_trunc('month', deadline_day)
GROUP BY 1, 2, 3
ON CONFLICT (month, grid_code, department)
    DO UPDATE SET closed_with_deadline_in_month = m.closed_with_deadline_in_month + EXCLUDED.closed_with_deadline_in_month;

-- Closures per area (city, district, township), unit, close day and whole hours from report to
-- close: the p90 time to close of one department, exact to the hour as the facts give it, without
-- sorting the month's closures of the whole city. It mirrors the facts: a reopen takes a closure
-- back here (unlike the close-time histogram, where a published close stays counted). Communities
-- and grids, with few closures each, are still read from the facts.
-- Closures counted before this migration are not here: run a rebuild (POST /api/v1/stats/rebuild)
-- to fill it; the counts come from the facts' current state, so a rebuild is exact.
CREATE TABLE dashboard.figures_close_hours (
    area_code  text COLLATE "C" NOT NULL,
    department text    NOT NULL,
    day        date    NOT NULL,
    hours      integer NOT NULL,
    n          bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (area_code, department, day, hours)
);
