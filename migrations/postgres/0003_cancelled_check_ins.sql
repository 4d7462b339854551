-- Twin of SQLite 0015: what a manager's calendar still holds of one-on-ones the app no longer has,
-- so the next .ics export can cancel them (STATUS:CANCELLED, same UID, a higher SEQUENCE), and when
-- each hire's one-on-ones were last exported.
CREATE TABLE check_in_exports (
  hire_id text PRIMARY KEY NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  exported_at text NOT NULL
);

CREATE TABLE cancelled_check_ins (
  id text PRIMARY KEY NOT NULL,
  hire_id text NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  scheduled_on text NOT NULL CHECK (scheduled_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  start_time text CHECK (start_time IS NULL OR start_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
  minutes integer CHECK (minutes IS NULL OR minutes BETWEEN 10 AND 240),
  sequence integer NOT NULL CHECK (sequence >= 1),
  cancelled_at text NOT NULL
);

CREATE INDEX cancelled_check_ins_hire_date ON cancelled_check_ins (hire_id, scheduled_on);
