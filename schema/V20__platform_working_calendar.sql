-- The working calendar as data an administrator edits at run time (PUT /api/v1/calendar/{year}).
-- A year row says "this year's schedule is known" (a year may have no dated entries); a year without
-- a row counts Monday to Friday and the deadlines reaching it are flagged. Seeded at start-up from
-- the bundled calendar/cn-holidays.csv for the years not here yet; an edited year is never overwritten.
CREATE TABLE platform.calendar_year (
  year        integer     PRIMARY KEY CHECK (year BETWEEN 2000 AND 2099),
  notice      text        NOT NULL DEFAULT '' CHECK (length(notice) <= 300),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  text        NOT NULL
);

CREATE TABLE platform.calendar_day (
  day   date    PRIMARY KEY,
  year  integer NOT NULL REFERENCES platform.calendar_year (year) ON DELETE CASCADE,
  kind  text    NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name  text    NOT NULL DEFAULT '' CHECK (length(name) <= 100),
  CHECK (extract(year FROM day) = year)
);

-- One row; every change of the calendar raises it in the same transaction, so every process (routing,
-- dispatch, in whatever JVM) sees with one indexed read whether its cached copy is still current.
CREATE TABLE platform.calendar_revision (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  revision  bigint  NOT NULL
);
INSERT INTO platform.calendar_revision (singleton, revision) VALUES (true, 0);
