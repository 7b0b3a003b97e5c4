-- Intake owns reports (from workers' phones and Open311 clients), their photos, the case status
-- last heard for each report on gridgov.cases.v1, and Open311 API keys.
CREATE SCHEMA IF NOT EXISTS intake;
SELECT platform.create_messaging_tables('intake');

CREATE TABLE intake.report (
  id                uuid PRIMARY KEY,
  -- the phone's (or Open311 token's) idempotency key: one report per key, ever
  client_report_id  uuid        NOT NULL UNIQUE,
  source            text        NOT NULL CHECK (source IN ('worker', 'citizen')),
  reporter          text,
  category          text        NOT NULL CHECK (category ~ '^[0-9]{4}$'),
  description       text        NOT NULL CHECK (char_length(description) <= 2000),
  location          geometry(Point, 4326),
  accuracy          double precision CHECK (accuracy >= 0),
  submitted_crs     text        NOT NULL DEFAULT 'wgs84',
  address           text,
  severity          text        CHECK (severity IN ('low', 'normal', 'high', 'critical')),
  attributes        jsonb       NOT NULL DEFAULT '{}',
  grid_code         text        CHECK (grid_code ~ '^[0-9]{15}$'),
  community_code    text,
  township_code     text,
  district_code     text,
  outside_own_grids boolean     NOT NULL DEFAULT false,
  observed_at       timestamptz NOT NULL,
  received_at       timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL,
  fingerprint       text        NOT NULL,
  case_id           uuid
);
CREATE INDEX report_reporter_updated ON intake.report (reporter, updated_at);
CREATE INDEX report_case ON intake.report (case_id);
CREATE INDEX report_received ON intake.report (received_at);

CREATE TABLE intake.photo (
  report_id   uuid        NOT NULL REFERENCES intake.report (id),
  n           int         NOT NULL CHECK (n >= 1),
  sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  media_type  text        NOT NULL,
  size_bytes  bigint      NOT NULL,
  exif_lat    double precision,
  exif_lon    double precision,
  uploaded_at timestamptz NOT NULL,
  PRIMARY KEY (report_id, n),
  UNIQUE (report_id, sha256)
);

-- The case as last heard on gridgov.cases.v1 (newest version wins; older events are ignored).
CREATE TABLE intake.case_status (
  case_id     uuid PRIMARY KEY,
  case_number text        NOT NULL,
  state       text        NOT NULL,
  department  text,
  deadline    timestamptz,
  notes       text,
  grid_code   text,
  category    text,
  lat         double precision,
  lon         double precision,
  version     bigint      NOT NULL,
  updated_at  timestamptz NOT NULL
);
-- verification tasks: resolved cases of a worker's grids
CREATE INDEX case_status_resolved_grid ON intake.case_status (grid_code) WHERE state = 'resolved';

CREATE TABLE intake.api_key (
  id          uuid PRIMARY KEY,
  client_name text        NOT NULL CHECK (char_length(client_name) BETWEEN 1 AND 100),
  key_hash    text        NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
  created_by  text        NOT NULL,
  created_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);
