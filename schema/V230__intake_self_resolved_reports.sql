-- 自处置 / 即查即办: a worker's report of a problem fixed on the spot, with the SHA-256 ids of its
-- after photos (evidence photos uploaded before the report) and an optional note on the fix.
ALTER TABLE intake.report
  ADD COLUMN self_resolved   boolean NOT NULL DEFAULT false,
  ADD COLUMN resolution_note text CHECK (char_length(resolution_note) <= 2000),
  ADD COLUMN after_photos    text[]  NOT NULL DEFAULT '{}',
  ADD CONSTRAINT report_self_resolved_by_worker CHECK (NOT self_resolved OR source = 'worker'),
  ADD CONSTRAINT report_self_resolved_shown CHECK (NOT self_resolved OR cardinality(after_photos) >= 1);
