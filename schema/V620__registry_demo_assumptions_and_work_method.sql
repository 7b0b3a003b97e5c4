-- Registry: (1) which facts of a seeded record its source does not state, so the register can show
-- them as demo assumptions; (2) the titles the reform report itself uses for six measures that
-- earlier demo loads stored under descriptive titles (the demo loader finds measures by title);
-- (3) the records of the "六个一" monthly work method (调度, 督察, 通报, 宣传, 会诊; 排名 is the
-- supervision ranking computed from registry.supervision and has no record of its own).
ALTER TABLE registry.measure ADD COLUMN demo_assumptions text[] NOT NULL DEFAULT '{}';
ALTER TABLE registry.showcase_site ADD COLUMN demo_assumptions text[] NOT NULL DEFAULT '{}';

UPDATE registry.measure m SET title = t.report_title
FROM (VALUES ('投资项目远程视频联合审批', '联动审批机制'),
             ('警环联动执法', '公安环保联动执法机制'),
             ('淄博高新区智慧家庭医生管理中心', '智慧家医'),
             ('跨区域污染快速响应机制', '跨区域环境污染治理快速反应协查机制'),
             ('张店交警“数字+交通安全”管控体系', '“数字化+”'),
             ('安全环保巡查APP', '安全环保监管巡查系统')) AS t (old_title, report_title)
WHERE m.title = t.old_title
  AND NOT EXISTS (SELECT 1 FROM registry.measure taken WHERE taken.title = t.report_title);

CREATE TABLE registry.work_record (
    id          uuid PRIMARY KEY,
    month       char(7) NOT NULL CHECK (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
    activity    varchar(16) NOT NULL
        CHECK (activity IN ('scheduling', 'inspection', 'notice', 'publicity', 'consultation')),
    notice_kind varchar(16) CHECK (notice_kind IN ('prompt', 'assignment', 'urging', 'order')),
    district    char(6),
    measure_id  uuid REFERENCES registry.measure (id),
    title       text NOT NULL,
    summary     text NOT NULL DEFAULT '',
    held_on     date NOT NULL,
    recorded_at timestamptz NOT NULL,
    -- a notice (通报) is one of 三单一书 and goes to a district; only a notice has a kind
    CHECK ((activity = 'notice') = (notice_kind IS NOT NULL)),
    CHECK (activity NOT IN ('notice', 'inspection') OR district IS NOT NULL),
    CHECK (to_char(held_on, 'YYYY-MM') = month)
);
CREATE INDEX work_record_month_idx ON registry.work_record (month, activity, held_on);
