-- Issue 17: how many events of a stream are held, kept on the stream's position row. The consumer
-- reads it with the position, under the row's lock, and looks for held successors only when there
-- are some: most events arrive in order, and the look-up was a statement per event for nothing.
ALTER TABLE dashboard.event_position ADD COLUMN IF NOT EXISTS held_count integer NOT NULL DEFAULT 0 CHECK (held_count >= 0);
UPDATE dashboard.event_position p SET held_count = h.n
  FROM (SELECT consumer, stream_id, count(*) AS n FROM dashboard.held_event GROUP BY consumer, stream_id) h
 WHERE p.consumer = h.consumer AND p.stream_id = h.stream_id;
