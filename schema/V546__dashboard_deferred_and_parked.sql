-- 缓办数 / 挂账数: each time the township deferred (CaseDeferred) or parked (CaseParked) a case in a
-- department's hands, counted on its day like the other counted transitions. The cases deferred or
-- parked now are read from case_fact.state ('deferred', 'parked'), which needs no column. A rebuild
-- (POST /api/v1/stats/rebuild) counts the events published before.
ALTER TABLE dashboard.figures_daily
  ADD COLUMN deferred bigint NOT NULL DEFAULT 0,
  ADD COLUMN parked   bigint NOT NULL DEFAULT 0;
