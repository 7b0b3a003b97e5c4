-- 自处置 / 即查即办: a case a grid worker fixed on the spot, registered and closed through the
-- short path without a department. Counted apart from the departments' cases.
ALTER TABLE dispatch.dispatch_case ADD COLUMN self_resolved boolean NOT NULL DEFAULT false;
