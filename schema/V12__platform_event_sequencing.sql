-- Issue 12: consumers of per-case event sequences (gridgov.cases.v1, schemaVersion 2) remember,
-- per consumer and case, the last sequence they applied, and hold an event that arrives before
-- its predecessor until the predecessor is applied. A service creates both tables in its own
-- schema through this function (see org.gridgov.platform.messaging.SequencedEvents).
CREATE OR REPLACE FUNCTION platform.create_sequencing_tables(service_schema text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($f$
    CREATE TABLE IF NOT EXISTS %I.event_position (
      consumer      text   NOT NULL,
      stream_id     uuid   NOT NULL,
      last_sequence bigint NOT NULL CHECK (last_sequence >= 0),
      PRIMARY KEY (consumer, stream_id)
    )$f$, service_schema);
  EXECUTE format($f$
    CREATE TABLE IF NOT EXISTS %I.held_event (
      consumer  text        NOT NULL,
      stream_id uuid        NOT NULL,
      sequence  bigint      NOT NULL CHECK (sequence >= 1),
      payload   text        NOT NULL,
      held_at   timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, stream_id, sequence)
    )$f$, service_schema);
END
$$;
