-- Scheduled work that must happen once per cluster however many instances run it (the hourly
-- KPIs): the instance that takes the job's advisory lock and finds its last start older than the
-- interval runs it, and records the start in the same transaction as the work's effects.
CREATE TABLE platform.cluster_job (
  name            text        PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_.-]{0,62}$'),
  last_started_at timestamptz NOT NULL,
  last_instance   text        NOT NULL
);
