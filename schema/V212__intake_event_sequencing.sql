-- Issue 12: intake applies each case's events in sequence order and touches only the reports an
-- event names. A phone's sync finds reports whose case changed through case_status.learnt_at
-- (when intake learnt of the change) instead of every report of the case being stamped anew.
SELECT platform.create_sequencing_tables('intake');

ALTER TABLE intake.case_status ADD COLUMN learnt_at timestamptz;
UPDATE intake.case_status SET learnt_at = updated_at;
ALTER TABLE intake.case_status ALTER COLUMN learnt_at SET NOT NULL;
CREATE INDEX case_status_learnt ON intake.case_status (learnt_at);
-- a reporter's reports of one case, for the sync's "their case changed" half
CREATE INDEX report_case_reporter ON intake.report (case_id, reporter) WHERE case_id IS NOT NULL;
