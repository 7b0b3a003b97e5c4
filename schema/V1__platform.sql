-- The platform's own schema: identity (users with roles and scopes) and the messaging tables
-- every service creates for itself through platform.create_messaging_tables.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE SCHEMA IF NOT EXISTS platform;

-- Each service owns an outbox (written in the same transaction as its state, published by the
-- relay) and a processed_message table (the idempotent consumer's memory, written in the same
-- transaction as the effect of the message).
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
  EXECUTE format('CREATE INDEX IF NOT EXISTS outbox_unsent ON %I.outbox (id) WHERE sent_at IS NULL', service_schema);
  EXECUTE format($f$
    CREATE TABLE IF NOT EXISTS %I.processed_message (
      consumer     text        NOT NULL,
      event_id     text        NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )$f$, service_schema);
END
$$;

SELECT platform.create_messaging_tables('platform');

CREATE TABLE platform.users (
  username      text PRIMARY KEY CHECK (username ~ '^[A-Za-z0-9._-]{3,64}$'),
  password_hash text        NOT NULL,
  role          text        NOT NULL CHECK (role IN ('WORKER', 'DISPATCHER', 'TOWNSHIP', 'REFORM_OFFICE', 'ADMIN')),
  scope         text[]      NOT NULL DEFAULT '{}',
  display_name  text,
  enabled       boolean     NOT NULL DEFAULT true,
  version       bigint      NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
