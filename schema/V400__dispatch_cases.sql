-- Dispatch owns the case lifecycle: cases, their timeline, case numbers, and its messaging tables.
SELECT platform.create_messaging_tables('dispatch');

-- Case numbers ZB-<year>-<serial>; one sequence, so numbers never repeat even across years.
CREATE SEQUENCE dispatch.case_number_seq;

CREATE TABLE dispatch.dispatch_case (
  id                  uuid PRIMARY KEY,
  number              text        NOT NULL UNIQUE,
  category            text        NOT NULL CHECK (category ~ '^[0-9]{4}$'),
  priority            text        NOT NULL CHECK (priority IN ('urgent', 'normal')),
  source              text        NOT NULL CHECK (source IN ('worker', 'citizen')),
  reporter            text,
  description         text,
  grid_code           text,
  community_code      text,
  township_code       text,
  district_code       text,
  lat                 double precision,
  lon                 double precision,
  report_ids          text[]      NOT NULL DEFAULT '{}',
  department          text,
  arbitration         boolean     NOT NULL,
  handler             text,
  limit_value         integer     NOT NULL CHECK (limit_value >= 1),
  limit_unit          text        NOT NULL,
  clock_started_at    timestamptz,
  clock_minutes       bigint,
  clock_calendar_time boolean,
  warn_at             timestamptz,
  due_at              timestamptz,
  district_at         timestamptz,
  state               text        NOT NULL,
  warning             text        NOT NULL,
  escalation          text        NOT NULL,
  extension           text        NOT NULL,
  extension_days      integer     NOT NULL,
  verification_failed boolean     NOT NULL,
  rating              text,
  reopened_by_rating  boolean     NOT NULL,
  returned_by         text[]      NOT NULL DEFAULT '{}',
  reported_at         timestamptz NOT NULL,
  dispatched_at       timestamptz,
  resolved_at         timestamptz,
  closed_at           timestamptz,
  resolved_on_time    boolean,
  closed_on_time      boolean,
  version             bigint      NOT NULL
);

CREATE INDEX dispatch_case_department ON dispatch.dispatch_case (department, state);
CREATE INDEX dispatch_case_township ON dispatch.dispatch_case (township_code, state);
CREATE INDEX dispatch_case_grid ON dispatch.dispatch_case (grid_code, state);
-- what the deadline scheduler scans: only cases whose clock runs
CREATE INDEX dispatch_case_running_clock ON dispatch.dispatch_case (warn_at, due_at)
  WHERE state IN ('dispatched', 'accepted');

CREATE TABLE dispatch.timeline_entry (
  id         bigserial PRIMARY KEY,
  case_id    uuid        NOT NULL REFERENCES dispatch.dispatch_case (id),
  at         timestamptz NOT NULL,
  action     text        NOT NULL,
  from_state text,
  to_state   text        NOT NULL,
  actor      text        NOT NULL,
  actor_role text        NOT NULL,
  reason     text,
  note       text,
  photos     text[]      NOT NULL DEFAULT '{}'
);
CREATE INDEX timeline_entry_case ON dispatch.timeline_entry (case_id, id);
