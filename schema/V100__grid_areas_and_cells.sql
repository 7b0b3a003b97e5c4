-- grid service: administrative areas, grid cells with their outlines, grid workers
CREATE SCHEMA IF NOT EXISTS grid;

CREATE TABLE grid.area (
    code        varchar(12) PRIMARY KEY,
    name        text        NOT NULL,
    level       varchar(16) NOT NULL CHECK (level IN ('province', 'city', 'district', 'township', 'community')),
    parent_code varchar(12),
    responsible text
);
CREATE INDEX area_parent_idx ON grid.area (parent_code, level);

CREATE TABLE grid.grid_cell (
    code           varchar(15) PRIMARY KEY CHECK (code ~ '^[0-9]{15}$'),
    community_code varchar(12) NOT NULL REFERENCES grid.area (code),
    township_code  varchar(9)  NOT NULL,
    district_code  varchar(6)  NOT NULL,
    name           text        NOT NULL,
    kind           varchar(16) NOT NULL CHECK (kind IN ('comprehensive', 'dedicated')),
    households     integer     NOT NULL CHECK (households >= 0),
    population     integer     NOT NULL CHECK (population >= 0),
    head           text,
    geom           geometry(MultiPolygon, 4326) NOT NULL,
    retired        boolean     NOT NULL DEFAULT false,
    revision       bigint      NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX grid_cell_geom_gix ON grid.grid_cell USING gist (geom);
CREATE INDEX grid_cell_township_idx ON grid.grid_cell (township_code) WHERE NOT retired;
CREATE INDEX grid_cell_community_idx ON grid.grid_cell (community_code) WHERE NOT retired;

CREATE TABLE grid.worker (
    id         varchar(64) PRIMARY KEY,
    name       text        NOT NULL,
    employment varchar(16) NOT NULL CHECK (employment IN ('full_time', 'part_time')),
    grid_codes varchar(15)[] NOT NULL DEFAULT '{}',
    version    bigint      NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL
);
CREATE INDEX worker_grid_codes_gin ON grid.worker USING gin (grid_codes);

SELECT platform.create_messaging_tables('grid');
