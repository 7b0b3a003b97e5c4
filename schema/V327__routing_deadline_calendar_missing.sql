-- Routing's deadline on gridgov.routing.v1 says when it was counted Monday to Friday because a year
-- it reaches has no holiday schedule (calendarMissing).
ALTER TABLE routing.case_file ADD COLUMN deadline_calendar_missing boolean;
