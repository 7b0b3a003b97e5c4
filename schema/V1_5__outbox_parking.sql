-- Outbox rows that can never be published (too large for the broker, not serialisable, an invalid
-- topic) are parked instead of holding back every row behind them. A parked row keeps its place
-- and payload in its service's outbox (parked_at set); platform.outbox_parked lists every parking
-- of every service for the administrator, who can replay a row once the cause is fixed.
CREATE OR REPLACE FUNCTION platform.add_outbox_parking(service_schema text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %I.outbox ADD COLUMN IF NOT EXISTS parked_at timestamptz', service_schema);
  EXECUTE format('DROP INDEX IF EXISTS %I.outbox_unsent', service_schema);
  EXECUTE format('CREATE INDEX IF NOT EXISTS outbox_pending ON %I.outbox (id) WHERE sent_at IS NULL AND parked_at IS NULL',
                 service_schema);
END
$$;

-- Services created later get the column through the function they already call.
CREATE OR REPLACE FUNCTION platform.create_messaging_tables(service_schema text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', service_schema);
  EXECUTE format($f$
    CREATE TABLE IF NOT EXISTS %I.outbox (
      id          bigserial PRIMARY KEY,
      topic       text        NOT NULL,
      message_key text        NOT NULL,
      payload     text        NOT NULL,
      created_at  timestamptz NOT NULL DEFAULT now(),
      sent_at     timestamptz
    )$f$, service_schema);
  EXECUTE format($f$
    CREATE TABLE IF NOT EXISTS %I.processed_message (
      consumer     text        NOT NULL,
      event_id     text        NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )$f$, service_schema);
  PERFORM platform.add_outbox_parking(service_schema);
END
$$;

CREATE TABLE platform.outbox_parked (
  id            bigserial PRIMARY KEY,
  outbox_schema text        NOT NULL CHECK (outbox_schema ~ '^[a-z][a-z0-9_]{0,30}$'),
  outbox_id     bigint      NOT NULL,
  topic         text        NOT NULL,
  message_key   text        NOT NULL,
  payload_bytes integer     NOT NULL,
  error         text        NOT NULL,
  parked_at     timestamptz NOT NULL DEFAULT now(),
  replayed_at   timestamptz,
  replayed_by   text
);
CREATE INDEX outbox_parked_waiting ON platform.outbox_parked (id) WHERE replayed_at IS NULL;

-- Outboxes that exist already (a database migrated before this version).
DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox' LOOP
    PERFORM platform.add_outbox_parking(s);
  END LOOP;
END
$$;
