-- Test-only: a throwaway service schema for the platform's messaging tests.
SELECT platform.create_messaging_tables('pingtest');
CREATE TABLE pingtest.received (
  ping_id   text PRIMARY KEY,
  times     int  NOT NULL,
  note      text
);
