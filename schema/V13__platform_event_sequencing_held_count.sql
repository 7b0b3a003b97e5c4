-- Issue 17: a service that creates its sequencing tables from now on gets the position row's count
-- of held events (see org.gridgov.platform.messaging.SequencedEvents). The services that created
-- them before add the column in their own migrations (V231, V328, V553).
CREATE OR REPLACE FUNCTION platform.create_sequencing_tables(service_schema text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($f$
    CREATE TABLE IF NOT EXISTS %I.event_position (
      consumer      text    NOT NULL,
      stream_id     uuid    NOT NULL,
      last_sequence bigint  NOT NULL CHECK (last_sequence >= 0),
      held_count    integer NOT NULL DEFAULT 0 CHECK (held_count >= 0),
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
