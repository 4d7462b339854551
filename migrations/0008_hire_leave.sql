-- A hire's leave: periods the manager marks as days off, so plans made afterwards put nothing due
-- on them. Each period covers start_on to end_on, both included; the app keeps a period to 60 days.
CREATE TABLE hire_leave (
  id TEXT PRIMARY KEY NOT NULL,
  hire_id TEXT NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  start_on TEXT NOT NULL CHECK (start_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  end_on TEXT NOT NULL CHECK (end_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  created_at TEXT NOT NULL,
  CHECK (end_on >= start_on)
) STRICT;

-- A hire's leave is read by hire and date range (the hire page, and every plan made for the hire).
CREATE INDEX hire_leave_hire ON hire_leave (hire_id, start_on);
