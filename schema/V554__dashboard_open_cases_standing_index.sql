-- The figures of now (overdue in a department's hands, deferred, parked) count the open cases by
-- state, unit and area. The open-cases index held only grid and deadline, so every open case was
-- fetched from the table: at 10 M cases (90,000 open, spread over 79,000 pages) the city's figures
-- took 355 ms at p95 warm and 480 ms cold (docs/BENCHMARKS.md, dashboard at 10 M cases). Carrying
-- the columns those counts read lets PostgreSQL answer them from the index alone. It replaces the
-- index of V500 with the same key.
CREATE INDEX case_fact_open_standing ON dashboard.case_fact (grid_code, deadline)
    INCLUDE (state, department, category, township_code)
    WHERE state NOT IN ('closed', 'rejected');
DROP INDEX dashboard.case_fact_open_by_grid;
