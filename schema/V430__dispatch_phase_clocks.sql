-- Issue 16: a clock per phase. The department's handling clock turns red on the first working day
-- after its deadline (red_at); the township's own 核查时限 (resolved → verified) and 结案时限
-- (verified → closed) run on a second clock with its own warning.
ALTER TABLE dispatch.dispatch_case
    ADD COLUMN red_at                       timestamptz,
    ADD COLUMN township_clock_started_at    timestamptz,
    ADD COLUMN township_clock_minutes       bigint,
    ADD COLUMN township_clock_calendar_time boolean,
    ADD COLUMN township_warn_at             timestamptz,
    ADD COLUMN township_due_at              timestamptz,
    ADD COLUMN township_red_at              timestamptz,
    ADD COLUMN township_district_at         timestamptz,
    ADD COLUMN township_calendar_missing    boolean,
    ADD COLUMN township_warning             text NOT NULL DEFAULT 'none',
    ADD COLUMN verified_at                  timestamptz,
    ADD COLUMN verified_on_time             boolean,
    ADD COLUMN closing_on_time              boolean;

-- cases stored before: red at the deadline, as they were computed
UPDATE dispatch.dispatch_case SET red_at = due_at WHERE due_at IS NOT NULL;

-- what the deadline scheduler scans for the township's own clocks
CREATE INDEX dispatch_case_township_clock ON dispatch.dispatch_case (township_warn_at, township_red_at)
  WHERE state IN ('resolved', 'verified');
