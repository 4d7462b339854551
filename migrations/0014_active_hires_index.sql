-- The dashboard reads every active hire in name order, on its first call after a start and after
-- each write. The hires' rows are scattered over the file (each was written beside its history), so
-- that read touched a page per hire and then sorted the rows; this index holds exactly the columns
-- that read needs, in its order, for the active hires only (a few dozen pages for thousands of hires).
-- The dashboard's statements name it (INDEXED BY), so they fail loudly rather than silently fall
-- back to the scattered read if it is ever missing.
CREATE INDEX hires_active_by_name
  ON hires (name COLLATE NOCASE, id, current_role_id, target_role_id, start_date)
  WHERE status = 'active';
