-- Issue 16: a citizen rates the closed case of an Open311 request through the request's token. The
-- rating is kept here as the fact intake accepted (once per request, and once per case: the case
-- has one rating), and goes to dispatch on gridgov.ratings.v1 through the outbox in the same
-- transaction.
CREATE TABLE intake.citizen_rating (
  report_id uuid        PRIMARY KEY REFERENCES intake.report (id),
  case_id   uuid        NOT NULL UNIQUE,
  rating    text        NOT NULL CHECK (rating IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
  comment   text        CHECK (char_length(comment) <= 2000),
  rated_at  timestamptz NOT NULL
);
