-- Device sessions: one per login on a device. The phone keeps a long-lived refresh token and gets
-- short access tokens with it; the server keeps only a SHA-256 of every refresh token it issued.
-- Access tokens name their session (claim "sid") and its token version (claim "sv"): revoking the
-- session, or bumping its version (a scope change), stops them within seconds.
-- No foreign key to platform.users: a service identity or a test fixture may hold a session for a
-- name without a users row; a session grants nothing beyond what its access tokens say.
CREATE TABLE platform.device_sessions (
  id             uuid        PRIMARY KEY,
  username       text        NOT NULL,
  device         text        CHECK (length(device) <= 100),
  token_version  integer     NOT NULL DEFAULT 0,
  created_at     timestamptz NOT NULL,
  last_used_at   timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  revoked_at     timestamptz,
  revoked_reason text
);
CREATE INDEX device_sessions_by_user ON platform.device_sessions (username, last_used_at DESC);

-- Every refresh token ever issued, until its session is purged: a token presented a second time
-- (used_at already set) means a copy is in someone else's hands, and the whole session ends.
CREATE TABLE platform.refresh_tokens (
  token_hash text        PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  session_id uuid        NOT NULL REFERENCES platform.device_sessions (id) ON DELETE CASCADE,
  issued_at  timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);
CREATE INDEX refresh_tokens_by_session ON platform.refresh_tokens (session_id);
