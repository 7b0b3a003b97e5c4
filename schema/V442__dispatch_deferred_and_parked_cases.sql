-- 缓办 (deferred to a date) and 挂账 (parked until a higher decision): the township stops the
-- department's handling clock of a case. While the case is 'deferred' or 'parked' the pause is kept
-- on it: the state it returns to, the reason, who paused it and when, and for 缓办 the local day it
-- resumes by itself (pause_resume_at, the start of that day, is what the deadline scan looks for).
ALTER TABLE dispatch.dispatch_case
  ADD COLUMN pause_from      text CHECK (pause_from IN ('dispatched', 'accepted')),
  ADD COLUMN pause_reason    text,
  ADD COLUMN pause_by        text,
  ADD COLUMN pause_since     timestamptz,
  ADD COLUMN pause_resume_on date,
  ADD COLUMN pause_resume_at timestamptz,
  ADD CONSTRAINT dispatch_case_paused_has_pause
    CHECK (state NOT IN ('deferred', 'parked') OR (pause_from IS NOT NULL AND pause_since IS NOT NULL)),
  ADD CONSTRAINT dispatch_case_deferred_has_resume_day
    CHECK (state <> 'deferred' OR pause_resume_at IS NOT NULL);
CREATE INDEX dispatch_case_deferral_ends ON dispatch.dispatch_case (pause_resume_at) WHERE state = 'deferred';
