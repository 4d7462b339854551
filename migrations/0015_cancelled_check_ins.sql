-- What a manager's calendar still holds of one-on-ones the app no longer has. A re-plan that plans
-- fewer one-on-ones removes the unheld ones it drops; a calendar that imported them earlier keeps
-- them unless the next .ics export says they are cancelled (STATUS:CANCELLED, same UID, a higher
-- SEQUENCE: RFC 5545 §3.8.1.11). Both tables travel in the data file: they describe a calendar
-- outside the app, which a copy of the data on another computer still has to keep in step.

-- When each hire's one-on-ones were last exported: a dropped one-on-one made on or before then may
-- be in a calendar and gets a cancellation; one made since never left the app and simply goes.
CREATE TABLE check_in_exports (
  hire_id TEXT PRIMARY KEY NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  exported_at TEXT NOT NULL
) STRICT;

-- A dropped, previously exported one-on-one, kept until 30 days after its date (the core prunes
-- older ones): `id` is the removed check-in's id (its UID is `<id>@rolebridge`), the date, time and
-- length are where the calendar has it, and `sequence` is the one the cancellation is written with.
CREATE TABLE cancelled_check_ins (
  id TEXT PRIMARY KEY NOT NULL,
  hire_id TEXT NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  scheduled_on TEXT NOT NULL CHECK (scheduled_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 10 AND 240),
  sequence INTEGER NOT NULL CHECK (sequence >= 1),
  cancelled_at TEXT NOT NULL
) STRICT;

CREATE INDEX cancelled_check_ins_hire_date ON cancelled_check_ins (hire_id, scheduled_on);
