-- Registry: the city's register of reform measures, its half-year selection rounds, monthly
-- supervision, annual expert evaluation and the showcase sites with their live figures.
CREATE SCHEMA IF NOT EXISTS registry;
SELECT platform.create_messaging_tables('registry');

CREATE TABLE registry.measure (
    id                       uuid PRIMARY KEY,
    title                    text NOT NULL,
    summary                  text NOT NULL DEFAULT '',
    domains                  text[] NOT NULL,
    lead_unit                text NOT NULL,
    district                 char(6) NOT NULL,
    informatization_driven   boolean NOT NULL,
    institutional_innovation boolean NOT NULL,
    origin_round             varchar(6),
    status                   varchar(16) NOT NULL
        CHECK (status IN ('nominated', 'selected', 'promoting', 'promoted', 'retired')),
    created_at               timestamptz NOT NULL,
    CHECK (status NOT IN ('selected', 'promoting', 'promoted') OR origin_round IS NOT NULL)
);
CREATE UNIQUE INDEX measure_title_uq ON registry.measure (title);
CREATE INDEX measure_origin_round_idx ON registry.measure (origin_round);

CREATE TABLE registry.measure_adoption (
    id         bigserial PRIMARY KEY,
    measure_id uuid NOT NULL REFERENCES registry.measure (id),
    district   char(6) NOT NULL,
    adopted_on date NOT NULL,
    UNIQUE (measure_id, district)
);

CREATE TABLE registry.round (
    code       varchar(6) PRIMARY KEY CHECK (code ~ '^\d{4}H[12]$'),
    stage      varchar(24) NOT NULL,
    quota      int NOT NULL CHECK (quota > 0),
    list       text[] NOT NULL DEFAULT '{}',
    opened_at  timestamptz NOT NULL
);

CREATE TABLE registry.nomination (
    id             uuid PRIMARY KEY,
    round_code     varchar(6) NOT NULL REFERENCES registry.round (code),
    measure_id     uuid NOT NULL REFERENCES registry.measure (id),
    nominator      varchar(32) NOT NULL,
    nominator_kind varchar(16) NOT NULL CHECK (nominator_kind IN ('district', 'task-group')),
    evidence       text NOT NULL,
    nominated_at   timestamptz NOT NULL,
    UNIQUE (round_code, measure_id)
);

-- one score per evaluating unit per nomination; points are 0–10 per criterion
CREATE TABLE registry.peer_score (
    id              bigserial PRIMARY KEY,
    nomination_id   uuid NOT NULL REFERENCES registry.nomination (id),
    evaluator       varchar(32) NOT NULL,
    innovation      smallint NOT NULL CHECK (innovation BETWEEN 0 AND 10),
    voluntariness   smallint NOT NULL CHECK (voluntariness BETWEEN 0 AND 10),
    benefit         smallint NOT NULL CHECK (benefit BETWEEN 0 AND 10),
    importance      smallint NOT NULL CHECK (importance BETWEEN 0 AND 10),
    economy         smallint NOT NULL CHECK (economy BETWEEN 0 AND 10),
    transferability smallint NOT NULL CHECK (transferability BETWEEN 0 AND 10),
    scored_at       timestamptz NOT NULL,
    UNIQUE (nomination_id, evaluator)
);

-- the voter is a SHA-256 hash of a verified phone/ID; the unique key refuses a second vote even
-- when two arrive at once
CREATE TABLE registry.vote (
    id            bigserial PRIMARY KEY,
    round_code    varchar(6) NOT NULL REFERENCES registry.round (code),
    nomination_id uuid NOT NULL REFERENCES registry.nomination (id),
    voter_hash    char(64) NOT NULL,
    cast_at       timestamptz NOT NULL,
    UNIQUE (round_code, nomination_id, voter_hash)
);
CREATE INDEX vote_voter_idx ON registry.vote (round_code, voter_hash);

-- bodies[i] said comments[i]; the list is the ordered nomination ids before and after the step
CREATE TABLE registry.consultation_step (
    id          bigserial PRIMARY KEY,
    round_code  varchar(6) NOT NULL REFERENCES registry.round (code),
    stage       varchar(24) NOT NULL,
    bodies      text[] NOT NULL,
    comments    text[] NOT NULL,
    list_before text[] NOT NULL,
    list_after  text[] NOT NULL,
    recorded_at timestamptz NOT NULL,
    UNIQUE (round_code, stage),
    CHECK (cardinality(bodies) = cardinality(comments))
);

CREATE TABLE registry.supervision (
    id              bigserial PRIMARY KEY,
    district        char(6) NOT NULL,
    month           char(7) NOT NULL CHECK (month ~ '^\d{4}-\d{2}$'),
    ledger_tasks    int NOT NULL CHECK (ledger_tasks >= 0),
    tasks_completed int NOT NULL CHECK (tasks_completed >= 0 AND tasks_completed <= ledger_tasks),
    prompts         int NOT NULL DEFAULT 0 CHECK (prompts >= 0),
    assignments     int NOT NULL DEFAULT 0 CHECK (assignments >= 0),
    urgings         int NOT NULL DEFAULT 0 CHECK (urgings >= 0),
    orders          int NOT NULL DEFAULT 0 CHECK (orders >= 0),
    recorded_at     timestamptz NOT NULL,
    UNIQUE (district, month)
);

CREATE TABLE registry.expert_score (
    id              bigserial PRIMARY KEY,
    year            int NOT NULL,
    panel           varchar(64) NOT NULL,
    expert          varchar(64) NOT NULL,
    measure_id      uuid NOT NULL REFERENCES registry.measure (id),
    innovation      smallint NOT NULL CHECK (innovation BETWEEN 0 AND 10),
    voluntariness   smallint NOT NULL CHECK (voluntariness BETWEEN 0 AND 10),
    benefit         smallint NOT NULL CHECK (benefit BETWEEN 0 AND 10),
    importance      smallint NOT NULL CHECK (importance BETWEEN 0 AND 10),
    economy         smallint NOT NULL CHECK (economy BETWEEN 0 AND 10),
    transferability smallint NOT NULL CHECK (transferability BETWEEN 0 AND 10),
    scored_at       timestamptz NOT NULL,
    UNIQUE (year, expert, measure_id)
);

CREATE TABLE registry.showcase_site (
    id          varchar(64) PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    name        text NOT NULL,
    kind        varchar(8) NOT NULL CHECK (kind IN ('star', 'point')),
    measure_id  uuid NOT NULL REFERENCES registry.measure (id),
    lat         double precision,
    lon         double precision,
    address     text,
    description text,
    created_at  timestamptz NOT NULL
);

-- every figure received; the latest per metric is the one measured last
CREATE TABLE registry.kpi_reading (
    id          bigserial PRIMARY KEY,
    site_id     varchar(64) NOT NULL REFERENCES registry.showcase_site (id),
    metric      varchar(64) NOT NULL,
    value       double precision NOT NULL,
    unit        varchar(32),
    period      varchar(64) NOT NULL,
    measured_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL
);
CREATE INDEX kpi_reading_site_metric_idx ON registry.kpi_reading (site_id, metric, measured_at);
