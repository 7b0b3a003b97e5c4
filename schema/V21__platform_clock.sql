-- The platform clock's setting while a demo lays down history (PUT /api/v1/admin/clock): simulated time
-- `from` at the wall instant `wall_at`, running `speed` times as fast. One row at most; no row is the wall
-- clock. Every process of the platform polls it, so all roles read the same time. Only a platform started
-- with gridgov.clock.settable (the demo) reads or writes it.
CREATE TABLE platform.clock_setting (
  singleton boolean          PRIMARY KEY DEFAULT true CHECK (singleton),
  from_at   timestamptz      NOT NULL,
  wall_at   timestamptz      NOT NULL CHECK (from_at <= wall_at),
  speed     double precision NOT NULL CHECK (speed >= 1 AND speed <= 100000),
  set_by    text             NOT NULL,
  set_at    timestamptz      NOT NULL DEFAULT now()
);
