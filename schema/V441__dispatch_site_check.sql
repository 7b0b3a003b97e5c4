-- 核实 before 立案: the township asks the grid's worker to confirm a reported problem on site. The
-- request and the answer (属实 confirmed / 不属实 denied) stay on the case; the check has its own
-- short limit (warn_at / due_at), scanned like the handling clock while the case is 'checking'.
ALTER TABLE dispatch.dispatch_case
  ADD COLUMN check_status       text CHECK (check_status IN ('requested', 'confirmed', 'denied')),
  ADD COLUMN check_requested_at timestamptz,
  ADD COLUMN check_requested_by text,
  ADD COLUMN check_warn_at      timestamptz,
  ADD COLUMN check_due_at       timestamptz,
  ADD COLUMN check_answered_by  text,
  ADD COLUMN check_answered_at  timestamptz,
  ADD COLUMN check_note         text;
CREATE INDEX dispatch_case_check_due ON dispatch.dispatch_case (check_due_at) WHERE state = 'checking';
