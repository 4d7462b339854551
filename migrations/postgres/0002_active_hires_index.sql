-- Twin of SQLite 0014: the dashboard reads every active hire in name order; this partial index holds
-- that read's columns in its order for the active hires only. lower(name) stands for SQLite's
-- NOCASE, as in 0001's name indexes (docs/team.md, "Database").
CREATE INDEX hires_active_by_name
  ON hires (lower(name), id, current_role_id, target_role_id, start_date)
  WHERE status = 'active';
