-- Issue 16: figures that count each case once per period (返工率, 超期数) are counted from the
-- counted transitions, which now carry the day they count on and where the case stood then.
-- Rows written before this migration have no day; a rebuild (POST /api/v1/stats/rebuild) fills them.
ALTER TABLE dashboard.case_transition
    ADD COLUMN day            date,
    ADD COLUMN grid_code      text COLLATE "C",
    ADD COLUMN community_code text COLLATE "C",
    ADD COLUMN township_code  text COLLATE "C",
    ADD COLUMN district_code  text COLLATE "C",
    ADD COLUMN category       text;

CREATE INDEX case_transition_by_day ON dashboard.case_transition (day, kind);
CREATE INDEX case_transition_by_township_day ON dashboard.case_transition (township_code, day);
CREATE INDEX case_transition_by_grid_day ON dashboard.case_transition (grid_code, day);

-- Handling time in working hours (dispatch → resolve) and the township's own on-time closing.
ALTER TABLE dashboard.figures_daily
    ADD COLUMN handled                  bigint NOT NULL DEFAULT 0,
    ADD COLUMN handling_working_minutes bigint NOT NULL DEFAULT 0,
    ADD COLUMN township_closed          bigint NOT NULL DEFAULT 0,
    ADD COLUMN township_closed_on_time  bigint NOT NULL DEFAULT 0;

-- When the current round of handling began (dispatch, or the reopen that restarted the clock):
-- the start of the handling time of the next resolution.
ALTER TABLE dashboard.case_fact ADD COLUMN round_started_at timestamptz;
