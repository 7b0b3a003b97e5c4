-- Dashboard read models, built only from gridgov.cases.v1 and gridgov.grid.v1 and rebuildable from them.
CREATE SCHEMA IF NOT EXISTS dashboard;
SELECT platform.create_messaging_tables('dashboard');

-- One row per case as it stands after the newest transition seen (version guards against rollback).
CREATE TABLE dashboard.case_fact (
    case_id          uuid PRIMARY KEY,
    version          bigint      NOT NULL,
    case_number      text        NOT NULL,
    state            text        NOT NULL,
    category         text        NOT NULL,
    priority         text        NOT NULL,
    source           text        NOT NULL,
    reporter         text,
    department       text        NOT NULL DEFAULT '',
    handler          text,
    grid_code        text COLLATE "C",
    community_code   text COLLATE "C",
    township_code    text COLLATE "C",
    district_code    text COLLATE "C",
    lat              double precision,
    lon              double precision,
    reported_at      timestamptz NOT NULL,
    registered_at    timestamptz,
    dispatched_at    timestamptz,
    resolved_at      timestamptz,
    resolved_on_time boolean,
    closed_at        timestamptz,
    closed_on_time   boolean,
    deadline         timestamptz,
    rating           text,
    rated_at         timestamptz,
    warning          text
);
-- overdue now: only open cases are indexed (few, compared with all cases), by grid-code prefix
-- for an area and by deadline for the city
CREATE INDEX case_fact_open_by_grid ON dashboard.case_fact (grid_code, deadline)
    WHERE state NOT IN ('closed', 'rejected');
CREATE INDEX case_fact_open_by_deadline ON dashboard.case_fact (deadline)
    WHERE state NOT IN ('closed', 'rejected');
-- p90 time to close for a township or the city in a period
CREATE INDEX case_fact_closed ON dashboard.case_fact (closed_at) INCLUDE (reported_at, department);
CREATE INDEX case_fact_township_closed ON dashboard.case_fact (township_code, closed_at) INCLUDE (reported_at, department);
-- markers, hotspots and worker activity
CREATE INDEX case_fact_grid_reported ON dashboard.case_fact (grid_code, reported_at);
CREATE INDEX case_fact_reported ON dashboard.case_fact (reported_at);

-- Counted transitions (returns, reopenings): the primary key makes counting them idempotent.
CREATE TABLE dashboard.case_transition (
    case_id     uuid        NOT NULL,
    version     bigint      NOT NULL,
    kind        text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    department  text        NOT NULL,
    PRIMARY KEY (case_id, version, kind)
);

-- Pre-aggregated daily counts. Every case counts once at each level of its chain (city, district,
-- township, community, grid), so an area's figures for a period are a sum over at most
-- days × categories × departments rows, whatever the level.
CREATE TABLE dashboard.figures_daily (
    area_code        text COLLATE "C" NOT NULL,
    day              date   NOT NULL,
    category         text   NOT NULL,
    department       text   NOT NULL,
    reported         bigint NOT NULL DEFAULT 0,
    registered       bigint NOT NULL DEFAULT 0,
    dispatched       bigint NOT NULL DEFAULT 0,
    resolved         bigint NOT NULL DEFAULT 0,
    resolved_on_time bigint NOT NULL DEFAULT 0,
    deadline_due     bigint NOT NULL DEFAULT 0,
    closed           bigint NOT NULL DEFAULT 0,
    closed_on_time   bigint NOT NULL DEFAULT 0,
    close_seconds    bigint NOT NULL DEFAULT 0,
    rated            bigint NOT NULL DEFAULT 0,
    satisfied        bigint NOT NULL DEFAULT 0,
    returned         bigint NOT NULL DEFAULT 0,
    reopened         bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (area_code, day, category, department)
);

-- The children of an area in a period (the grids of a township for the map, the townships of the
-- city for rankings) without walking every day of every child.
CREATE INDEX figures_daily_children_of_township ON dashboard.figures_daily (length(area_code), substr(area_code, 1, 9), day);
CREATE INDEX figures_daily_level_by_day ON dashboard.figures_daily (length(area_code), day);

-- Closed cases by close day and deadline day: the overlap of "deadline in period" and "closed in
-- period", subtracted so that 应结案数 counts such a case once.
CREATE TABLE dashboard.figures_overlap (
    area_code    text COLLATE "C" NOT NULL,
    closed_day   date   NOT NULL,
    deadline_day date   NOT NULL,
    category     text   NOT NULL,
    department   text   NOT NULL,
    n            bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (area_code, closed_day, deadline_day, category, department)
);
CREATE INDEX figures_overlap_children_of_township ON dashboard.figures_overlap (length(area_code), substr(area_code, 1, 9), closed_day);
CREATE INDEX figures_overlap_level_by_day ON dashboard.figures_overlap (length(area_code), closed_day);

-- Grid outlines from gridgov.grid.v1 (for the map and the GeoJSON export).
CREATE TABLE dashboard.grid_outline (
    grid_code      text COLLATE "C" PRIMARY KEY,
    community_code text COLLATE "C" NOT NULL,
    township_code  text COLLATE "C" NOT NULL,
    district_code  text COLLATE "C" NOT NULL,
    name           text,
    kind           text,
    outline        geometry(MultiPolygon, 4326),
    revision       bigint  NOT NULL,
    retired        boolean NOT NULL DEFAULT false
);

CREATE TABLE dashboard.worker_grid (
    worker_id text NOT NULL,
    grid_code text COLLATE "C" NOT NULL,
    PRIMARY KEY (worker_id, grid_code)
);

-- Closures per day and close-time bucket (whole hours to 10 days, then days; see domain.CloseTime):
-- the p90 time to close of any area and period is read from here, not sorted from every case.
CREATE TABLE dashboard.figures_close_time (
    area_code text COLLATE "C" NOT NULL,
    day       date     NOT NULL,
    bucket    smallint NOT NULL,
    n         bigint   NOT NULL DEFAULT 0,
    PRIMARY KEY (area_code, day, bucket)
);
