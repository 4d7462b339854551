-- Skill-gap assessments and saved coaching plans.

-- An assessment rates a hire against their target role on one day, by the manager or by the hire.
-- A correction is a new assessment that names the one it corrects; the corrected one stays readable.
CREATE TABLE assessments (
  id TEXT PRIMARY KEY NOT NULL,
  hire_id TEXT NOT NULL REFERENCES hires (id),
  role_id TEXT NOT NULL,
  assessed_on TEXT NOT NULL CHECK (assessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  assessor TEXT NOT NULL CHECK (assessor IN ('manager', 'self')),
  note TEXT NOT NULL DEFAULT '',
  corrects_id TEXT REFERENCES assessments (id),
  correction_reason TEXT,
  corrected_by_id TEXT REFERENCES assessments (id),
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX assessments_hire ON assessments (hire_id, assessed_on, created_at);

CREATE TABLE assessment_ratings (
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  competency_id TEXT NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
  evidence TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (assessment_id, competency_id)
) STRICT, WITHOUT ROWID;

-- A plan version. Re-planning adds a version and marks the previous one superseded.
CREATE TABLE plans (
  id TEXT PRIMARY KEY NOT NULL,
  hire_id TEXT NOT NULL REFERENCES hires (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  status TEXT NOT NULL CHECK (status IN ('current', 'superseded')),
  assessment_id TEXT REFERENCES assessments (id),
  from_role_id TEXT NOT NULL,
  to_role_id TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  -- What the planner decided that is not edited afterwards (brief, gaps, warnings, totals, options).
  summary TEXT NOT NULL CHECK (json_valid(summary)),
  created_at TEXT NOT NULL,
  UNIQUE (hire_id, version)
) STRICT;

CREATE UNIQUE INDEX plans_one_current ON plans (hire_id) WHERE status = 'current';

CREATE TABLE plan_phases (
  id TEXT PRIMARY KEY NOT NULL,
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  focus TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL
) STRICT;

CREATE INDEX plan_phases_plan ON plan_phases (plan_id, position);

CREATE TABLE plan_goals (
  id TEXT PRIMARY KEY NOT NULL,
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  phase_id TEXT NOT NULL REFERENCES plan_phases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  competency_id TEXT NOT NULL,
  competency_name TEXT NOT NULL,
  from_level INTEGER NOT NULL CHECK (from_level BETWEEN 0 AND 3),
  to_level INTEGER NOT NULL CHECK (to_level BETWEEN 1 AND 4),
  weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 3),
  start_date TEXT NOT NULL,
  due_date TEXT NOT NULL
) STRICT;

CREATE INDEX plan_goals_plan ON plan_goals (plan_id, position);

-- goal_id is empty for activities completed in an earlier version whose goal this version no longer has.
CREATE TABLE plan_activities (
  id TEXT PRIMARY KEY NOT NULL,
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  goal_id TEXT REFERENCES plan_goals (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  library_activity_id TEXT,
  competency_id TEXT NOT NULL,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description TEXT NOT NULL DEFAULT '',
  with_whom TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('experience', 'people', 'course')),
  effort_hours REAL NOT NULL CHECK (effort_hours > 0 AND effort_hours <= 40),
  start_date TEXT NOT NULL,
  due_date TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'removed')),
  done_on TEXT,
  origin TEXT NOT NULL CHECK (origin IN ('planner', 'manager', 'carried')),
  updated_at TEXT NOT NULL,
  CHECK ((status = 'done') = (done_on IS NOT NULL))
) STRICT;

CREATE INDEX plan_activities_plan ON plan_activities (plan_id, goal_id, position);
CREATE INDEX plan_activities_due ON plan_activities (status, due_date);

CREATE TABLE plan_check_ins (
  id TEXT PRIMARY KEY NOT NULL,
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  date TEXT NOT NULL,
  phase_position INTEGER NOT NULL,
  focus_competency_ids TEXT NOT NULL CHECK (json_valid(focus_competency_ids)),
  focus_activity_ids TEXT NOT NULL CHECK (json_valid(focus_activity_ids))
) STRICT;

CREATE INDEX plan_check_ins_plan ON plan_check_ins (plan_id, date);

CREATE TABLE plan_reassessments (
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  date TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (plan_id, position)
) STRICT, WITHOUT ROWID;
