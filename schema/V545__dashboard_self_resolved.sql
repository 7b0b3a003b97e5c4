-- 自处置数: cases a grid worker fixed on the spot (即查即办) are counted apart from the departments'
-- resolutions. The fact remembers the flag; the daily figures get their own counter.
ALTER TABLE dashboard.case_fact ADD COLUMN self_resolved boolean NOT NULL DEFAULT false;
ALTER TABLE dashboard.figures_daily ADD COLUMN self_resolved bigint NOT NULL DEFAULT 0;
