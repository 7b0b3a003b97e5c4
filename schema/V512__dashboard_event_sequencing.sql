-- Issue 12: the dashboard applies each case's events in sequence order, on the live listener and
-- in a rebuild alike; the rebuild empties these tables with the read models.
SELECT platform.create_sequencing_tables('dashboard');
