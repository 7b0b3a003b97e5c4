-- Routing: rules (category × area → target), the cases routing opened or rerouted (to find
-- duplicates of open cases and remember returns), and which report became which case.
CREATE SCHEMA IF NOT EXISTS routing;
SELECT platform.create_messaging_tables('routing');

CREATE TABLE routing.rule (
    id          uuid PRIMARY KEY,
    category    varchar(4)  NOT NULL CHECK (category ~ '^[0-9]{2}([0-9]{2})?$'),
    area_level  varchar(16) NOT NULL CHECK (area_level IN ('GRID', 'COMMUNITY', 'TOWNSHIP', 'DISTRICT', 'CITY')),
    area_code   varchar(15),
    target_kind varchar(20) NOT NULL CHECK (target_kind IN ('CITY_DEPARTMENT', 'TOWNSHIP_UNIT', 'TOWNSHIP_CENTRE')),
    target_code varchar(40) NOT NULL,
    created_by  varchar(100) NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0,
    CHECK ((area_level = 'CITY') = (area_code IS NULL))
);
-- two rules for the same category selector and area would tie: the domain refuses them on save,
-- this index refuses them when two saves race
CREATE UNIQUE INDEX rule_no_tie ON routing.rule (category, area_level, coalesce(area_code, ''));

-- a category's seed rule is written once; an administrator's later change or deletion is kept
CREATE TABLE routing.seeded_category (
    code      varchar(4) PRIMARY KEY,
    seeded_at timestamptz NOT NULL
);

CREATE TABLE routing.case_file (
    case_id         uuid PRIMARY KEY,
    category        varchar(4)   NOT NULL,
    first_report_id uuid,
    source          varchar(10),
    reporter        varchar(200),
    description     text,
    grid_code       varchar(15),
    community_code  varchar(12),
    township_code   varchar(9),
    district_code   varchar(6),
    lat             double precision,
    lon             double precision,
    location        geography(Point, 4326) GENERATED ALWAYS AS (
                        CASE WHEN lat IS NULL OR lon IS NULL THEN NULL
                             ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED,
    priority        varchar(10)  NOT NULL,
    assignee_kind   varchar(20)  NOT NULL,
    assignee_code   varchar(40)  NOT NULL,
    arbitration     boolean      NOT NULL,
    limit_value     integer,
    limit_unit      varchar(20),
    deadline        timestamptz,
    observed_at     timestamptz  NOT NULL,
    last_seen_at    timestamptz  NOT NULL,
    report_count    integer      NOT NULL,
    open            boolean      NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);
-- duplicate search: ST_DWithin on geography over open cases only
CREATE INDEX case_file_open_location ON routing.case_file USING gist (location) WHERE open;
CREATE INDEX case_file_open_category ON routing.case_file (category, last_seen_at) WHERE open;

CREATE TABLE routing.routed_report (
    report_id  uuid PRIMARY KEY,
    case_id    uuid        NOT NULL REFERENCES routing.case_file (case_id),
    outcome    varchar(20) NOT NULL CHECK (outcome IN ('CASE_OPENED', 'REPORT_LINKED')),
    decided_at timestamptz NOT NULL
);
CREATE INDEX routed_report_case ON routing.routed_report (case_id);

CREATE TABLE routing.case_return (
    id          uuid PRIMARY KEY,
    case_id     uuid         NOT NULL REFERENCES routing.case_file (case_id),
    department  varchar(40)  NOT NULL,
    reason      text         NOT NULL,
    returned_at timestamptz,
    UNIQUE (case_id, department)
);
