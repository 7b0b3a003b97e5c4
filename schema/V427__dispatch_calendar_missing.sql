-- A deadline that reaches a year without a published holiday schedule is counted Monday to Friday;
-- the case says so (calendarMissing in the case API) until its clock is restarted on a known calendar.
ALTER TABLE dispatch.dispatch_case ADD COLUMN calendar_missing boolean;
