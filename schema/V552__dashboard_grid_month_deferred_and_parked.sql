-- 缓办数 / 挂账数 (V546) in the grids' months (V550) too: the month rows carry every counter of the
-- daily rows, whose column list the consumer writes to both. Filled from the daily rows already stored.
ALTER TABLE dashboard.figures_grid_month
  ADD COLUMN deferred bigint NOT NULL DEFAULT 0,
  ADD COLUMN parked   bigint NOT NULL DEFAULT 0;

INSERT INTO dashboard.figures_grid_month AS m (month, grid_code, department, deferred, parked)
SELECT date_trunc('month', day)::date, area_code, department, sum(deferred), sum(parked)
  FROM dashboard.figures_daily
 WHERE length(area_code) = 15
 GROUP BY 1, 2, 3
HAVING sum(deferred) > 0 OR sum(parked) > 0
ON CONFLICT (month, grid_code, department) DO UPDATE SET deferred = EXCLUDED.deferred, parked = EXCLUDED.parked;
