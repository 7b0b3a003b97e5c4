-- Issue 12: a case's reports leave the case row. The row kept every linked report in an array
-- that was rewritten (and published) on every link, so a case with many reports grew
-- quadratically. Now each link is one row here, numbered in the order the reports joined, and the
-- case keeps only their count.
CREATE TABLE dispatch.case_report (
  case_id   uuid        NOT NULL REFERENCES dispatch.dispatch_case (id),
  position  integer     NOT NULL CHECK (position >= 1),
  report_id uuid        NOT NULL,
  linked_at timestamptz NOT NULL,
  PRIMARY KEY (case_id, position),
  UNIQUE (case_id, report_id)
);

INSERT INTO dispatch.case_report (case_id, position, report_id, linked_at)
SELECT c.id, r.position, r.report_id::uuid, c.reported_at
  FROM dispatch.dispatch_case c,
       unnest(c.report_ids) WITH ORDINALITY AS r (report_id, position);

ALTER TABLE dispatch.dispatch_case ADD COLUMN report_count integer NOT NULL DEFAULT 0 CHECK (report_count >= 0);
UPDATE dispatch.dispatch_case SET report_count = cardinality(report_ids);
ALTER TABLE dispatch.dispatch_case DROP COLUMN report_ids;

-- The sequence number of the case's latest gridgov.cases.v1 event (schemaVersion 2). Events of
-- schemaVersion 1 carried none, so an existing case's next event is its sequence 1.
ALTER TABLE dispatch.dispatch_case ADD COLUMN last_sequence bigint NOT NULL DEFAULT 0 CHECK (last_sequence >= 0);
