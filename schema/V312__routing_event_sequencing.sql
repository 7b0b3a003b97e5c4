-- Issue 12: routing applies each case's events in sequence order. Its record of which reports
-- joined which case was already one row per report (routing.routed_report).
SELECT platform.create_sequencing_tables('routing');
