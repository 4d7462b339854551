-- Custom framework entries: the manager's own roles and competencies. Built-in entries live in
-- code and are read-only; custom ones are stored here and merged with them.
CREATE TABLE custom_competencies (
  id TEXT PRIMARY KEY NOT NULL,
  area_id TEXT NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  summary TEXT NOT NULL,
  levels TEXT NOT NULL CHECK (json_valid(levels) AND json_array_length(levels) = 5),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE custom_activities (
  id TEXT PRIMARY KEY NOT NULL,
  competency_id TEXT NOT NULL REFERENCES custom_competencies (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  from_level INTEGER NOT NULL CHECK (from_level BETWEEN 0 AND 3),
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  with_whom TEXT NOT NULL,
  evidence TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('experience', 'people', 'course')),
  effort_hours REAL NOT NULL CHECK (effort_hours > 0 AND effort_hours <= 40)
) STRICT;

CREATE INDEX custom_activities_competency ON custom_activities (competency_id, position);

CREATE TABLE custom_roles (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  summary TEXT NOT NULL,
  judged_on TEXT NOT NULL CHECK (judged_on IN ('outputs', 'outcomes')),
  success_measures TEXT NOT NULL,
  habits_to_release TEXT NOT NULL,
  based_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE custom_role_expectations (
  role_id TEXT NOT NULL REFERENCES custom_roles (id) ON DELETE CASCADE,
  competency_id TEXT NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
  weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 3),
  PRIMARY KEY (role_id, competency_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX hires_current_role ON hires (current_role_id);
CREATE INDEX hires_target_role ON hires (target_role_id);
