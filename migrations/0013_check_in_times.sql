-- A one-on-one may have its own start time (24-hour HH:MM in the manager's time zone) and length,
-- set when the manager moves it; NULL means the Settings default, so existing rows keep following it.
ALTER TABLE check_ins ADD COLUMN start_time TEXT
  CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE check_ins ADD COLUMN minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 10 AND 240);
