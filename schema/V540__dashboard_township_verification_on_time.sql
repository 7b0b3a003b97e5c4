-- Issue 16: the township's own on-time figures per phase. Dispatch now keeps a 核查时限 and a
-- 结案时限 clock and says on each verification and close whether it was within them.
ALTER TABLE dashboard.figures_daily
    ADD COLUMN township_verified         bigint NOT NULL DEFAULT 0,
    ADD COLUMN township_verified_on_time bigint NOT NULL DEFAULT 0;
