-- The team server's schema on PostgreSQL: the same logical schema as SQLite migrations 0001-0013
-- (tests/core/postgres-schema.test.ts compares the two), for a new, empty database. A server
-- database is filled by imports, never upgraded from an old SQLite file, so the data steps of the
-- SQLite migrations (0004's scheduled check-ins) and the intermediate shapes have no place here.
--
-- Written to also run on CockroachDB and YugabyteDB (docs/team.md, "Database"). Types: TEXT -> text,
-- INTEGER -> integer (bigint for the ever-growing hire_summaries.id), REAL -> double precision.
-- Dates, instants and JSON stay text, byte for byte what the SQLite repositories read and write.
-- GLOB date checks become anchored regular expressions; json_valid becomes a cast to json (syntax
-- only, as json_valid); COLLATE NOCASE indexes become lower(...) expression indexes; 0007's
-- invalidation triggers are left out (the server invalidates in its own transactions, docs/team.md).

-- 0001 hires
CREATE TABLE hires (
  id text PRIMARY KEY NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  current_role_id text NOT NULL,
  target_role_id text NOT NULL,
  start_date text NOT NULL CHECK (start_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  notes text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  created_at text NOT NULL,
  updated_at text NOT NULL,
  archived_at text
);

CREATE INDEX hires_status_name ON hires (status, lower(name));
CREATE INDEX hires_name ON hires (lower(name));
CREATE INDEX hires_current_role ON hires (current_role_id);
CREATE INDEX hires_target_role ON hires (target_role_id);

-- 0002 custom framework
CREATE TABLE custom_competencies (
  id text PRIMARY KEY NOT NULL,
  area_id text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  summary text NOT NULL,
  levels text NOT NULL CHECK (
    CASE WHEN json_typeof(levels::json) = 'array' THEN json_array_length(levels::json) = 5 ELSE false END
  ),
  created_at text NOT NULL,
  updated_at text NOT NULL
);

CREATE TABLE custom_activities (
  id text PRIMARY KEY NOT NULL,
  competency_id text NOT NULL REFERENCES custom_competencies (id) ON DELETE CASCADE,
  position integer NOT NULL,
  from_level integer NOT NULL CHECK (from_level BETWEEN 0 AND 3),
  title text NOT NULL,
  description text NOT NULL,
  with_whom text NOT NULL,
  evidence text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('experience', 'people', 'course')),
  effort_hours double precision NOT NULL CHECK (effort_hours > 0 AND effort_hours <= 40)
);

CREATE INDEX custom_activities_competency ON custom_activities (competency_id, position);

CREATE TABLE custom_roles (
  id text PRIMARY KEY NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  summary text NOT NULL,
  judged_on text NOT NULL CHECK (judged_on IN ('outputs', 'outcomes')),
  success_measures text NOT NULL,
  habits_to_release text NOT NULL,
  based_on text,
  created_at text NOT NULL,
  updated_at text NOT NULL
);

CREATE TABLE custom_role_expectations (
  role_id text NOT NULL REFERENCES custom_roles (id) ON DELETE CASCADE,
  competency_id text NOT NULL,
  level integer NOT NULL CHECK (level BETWEEN 0 AND 4),
  weight integer NOT NULL CHECK (weight BETWEEN 1 AND 3),
  PRIMARY KEY (role_id, competency_id)
);

-- 0003 assessments and plans
CREATE TABLE assessments (
  id text PRIMARY KEY NOT NULL,
  hire_id text NOT NULL REFERENCES hires (id),
  role_id text NOT NULL,
  assessed_on text NOT NULL CHECK (assessed_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  assessor text NOT NULL CHECK (assessor IN ('manager', 'self')),
  note text NOT NULL DEFAULT '',
  corrects_id text REFERENCES assessments (id),
  correction_reason text,
  corrected_by_id text REFERENCES assessments (id),
  created_at text NOT NULL
);

CREATE INDEX assessments_hire ON assessments (hire_id, assessed_on, created_at);

CREATE TABLE assessment_ratings (
  assessment_id text NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  competency_id text NOT NULL,
  level integer NOT NULL CHECK (level BETWEEN 0 AND 4),
  evidence text NOT NULL DEFAULT '',
  PRIMARY KEY (assessment_id, competency_id)
);

CREATE TABLE plans (
  id text PRIMARY KEY NOT NULL,
  hire_id text NOT NULL REFERENCES hires (id),
  version integer NOT NULL CHECK (version >= 1),
  status text NOT NULL CHECK (status IN ('current', 'superseded')),
  assessment_id text REFERENCES assessments (id),
  from_role_id text NOT NULL,
  to_role_id text NOT NULL,
  start_date text NOT NULL,
  end_date text NOT NULL,
  summary text NOT NULL CHECK (json_typeof(summary::json) IS NOT NULL),
  created_at text NOT NULL,
  UNIQUE (hire_id, version)
);

CREATE UNIQUE INDEX plans_one_current ON plans (hire_id) WHERE status = 'current';

CREATE TABLE plan_phases (
  id text PRIMARY KEY NOT NULL,
  plan_id text NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position integer NOT NULL,
  key text NOT NULL,
  name text NOT NULL,
  focus text NOT NULL,
  start_date text NOT NULL,
  end_date text NOT NULL
);

CREATE INDEX plan_phases_plan ON plan_phases (plan_id, position);

CREATE TABLE plan_goals (
  id text PRIMARY KEY NOT NULL,
  plan_id text NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  phase_id text NOT NULL REFERENCES plan_phases (id) ON DELETE CASCADE,
  position integer NOT NULL,
  competency_id text NOT NULL,
  competency_name text NOT NULL,
  from_level integer NOT NULL CHECK (from_level BETWEEN 0 AND 3),
  to_level integer NOT NULL CHECK (to_level BETWEEN 1 AND 4),
  weight integer NOT NULL CHECK (weight BETWEEN 1 AND 3),
  start_date text NOT NULL,
  due_date text NOT NULL
);

CREATE INDEX plan_goals_plan ON plan_goals (plan_id, position);

-- move_purpose and check_in_topic: 0010.
CREATE TABLE plan_activities (
  id text PRIMARY KEY NOT NULL,
  plan_id text NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  goal_id text REFERENCES plan_goals (id) ON DELETE CASCADE,
  position integer NOT NULL,
  library_activity_id text,
  competency_id text NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  with_whom text NOT NULL DEFAULT '',
  evidence text NOT NULL DEFAULT '',
  kind text NOT NULL CHECK (kind IN ('experience', 'people', 'course')),
  effort_hours double precision NOT NULL CHECK (effort_hours > 0 AND effort_hours <= 40),
  start_date text NOT NULL,
  due_date text NOT NULL,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'removed')),
  done_on text,
  origin text NOT NULL CHECK (origin IN ('planner', 'manager', 'carried')),
  updated_at text NOT NULL,
  move_purpose text CHECK (move_purpose IS NULL OR move_purpose IN ('expectations', 'peer', 'letGo')),
  check_in_topic text NOT NULL DEFAULT '' CHECK (length(check_in_topic) <= 500),
  CHECK ((status = 'done') = (done_on IS NOT NULL))
);

CREATE INDEX plan_activities_plan ON plan_activities (plan_id, goal_id, position);
CREATE INDEX plan_activities_due ON plan_activities (status, due_date);

-- topics: 0010.
CREATE TABLE plan_check_ins (
  id text PRIMARY KEY NOT NULL,
  plan_id text NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position integer NOT NULL,
  date text NOT NULL,
  phase_position integer NOT NULL,
  focus_competency_ids text NOT NULL CHECK (json_typeof(focus_competency_ids::json) IS NOT NULL),
  focus_activity_ids text NOT NULL CHECK (json_typeof(focus_activity_ids::json) IS NOT NULL),
  topics text NOT NULL DEFAULT '[]' CHECK (json_typeof(topics::json) IS NOT NULL)
);

CREATE INDEX plan_check_ins_plan ON plan_check_ins (plan_id, date);

CREATE TABLE plan_reassessments (
  plan_id text NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position integer NOT NULL,
  date text NOT NULL,
  reason text NOT NULL,
  PRIMARY KEY (plan_id, position)
);

-- 0004 check-ins; topics: 0010; start_time and minutes: 0013.
CREATE TABLE check_ins (
  id text PRIMARY KEY NOT NULL,
  hire_id text NOT NULL REFERENCES hires (id),
  plan_id text REFERENCES plans (id),
  scheduled_on text NOT NULL CHECK (scheduled_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'done', 'cancelled')),
  origin text NOT NULL CHECK (origin IN ('plan', 'manager')),
  held_on text,
  shared_notes text NOT NULL DEFAULT '',
  private_notes text NOT NULL DEFAULT '',
  focus_competency_ids text NOT NULL DEFAULT '[]' CHECK (json_typeof(focus_competency_ids::json) IS NOT NULL),
  -- Bumped on every change that a calendar must see, so a re-exported event replaces the old one.
  sequence integer NOT NULL DEFAULT 0,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  topics text NOT NULL DEFAULT '[]' CHECK (json_typeof(topics::json) IS NOT NULL),
  start_time text CHECK (start_time IS NULL OR start_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
  minutes integer CHECK (minutes IS NULL OR minutes BETWEEN 10 AND 240),
  CHECK ((status = 'done') = (held_on IS NOT NULL))
);

CREATE INDEX check_ins_hire_date ON check_ins (hire_id, scheduled_on);
CREATE INDEX check_ins_status_date ON check_ins (status, scheduled_on);

CREATE TABLE check_in_pulses (
  check_in_id text NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
  competency_id text NOT NULL,
  confidence integer NOT NULL CHECK (confidence BETWEEN 1 AND 5),
  PRIMARY KEY (check_in_id, competency_id)
);

CREATE TABLE action_items (
  id text PRIMARY KEY NOT NULL,
  hire_id text NOT NULL REFERENCES hires (id),
  check_in_id text NOT NULL REFERENCES check_ins (id),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  owner text NOT NULL CHECK (owner IN ('manager', 'hire')),
  due_on text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  closed_in_check_in_id text REFERENCES check_ins (id),
  closed_on text,
  created_at text NOT NULL
);

CREATE INDEX action_items_hire_status ON action_items (hire_id, status);
CREATE INDEX action_items_status_due ON action_items (status, due_on);

CREATE TABLE check_in_drafts (
  check_in_id text PRIMARY KEY NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
  draft text NOT NULL CHECK (json_typeof(draft::json) IS NOT NULL),
  updated_at text NOT NULL
);

CREATE TABLE settings (
  key text PRIMARY KEY NOT NULL,
  value text NOT NULL CHECK (json_typeof(value::json) IS NOT NULL),
  updated_at text NOT NULL
);

-- 0005 foreign key indexes
CREATE INDEX action_items_check_in ON action_items (check_in_id);
CREATE INDEX action_items_closed_in ON action_items (closed_in_check_in_id) WHERE closed_in_check_in_id IS NOT NULL;
CREATE INDEX check_ins_plan ON check_ins (plan_id) WHERE plan_id IS NOT NULL;
CREATE INDEX plan_goals_phase ON plan_goals (phase_id);
CREATE INDEX plan_activities_goal ON plan_activities (goal_id) WHERE goal_id IS NOT NULL;
CREATE INDEX assessments_corrects ON assessments (corrects_id) WHERE corrects_id IS NOT NULL;
CREATE INDEX assessments_corrected_by ON assessments (corrected_by_id) WHERE corrected_by_id IS NOT NULL;

-- 0006 sample team
CREATE TABLE sample_hires (
  hire_id text PRIMARY KEY NOT NULL REFERENCES hires (id) ON DELETE CASCADE
);

CREATE INDEX plans_assessment ON plans (assessment_id) WHERE assessment_id IS NOT NULL;

-- 0007 hire summaries (derived; an empty table is always correct). The id never repeats, as
-- SQLite's AUTOINCREMENT: an identity column's sequence does not cycle.
CREATE TABLE hire_summaries (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  hire_id text NOT NULL UNIQUE REFERENCES hires (id) ON DELETE CASCADE,
  plan_start text,
  planned_due text NOT NULL CHECK (length(planned_due) % 10 = 0),
  planned_kinds text NOT NULL CHECK (length(planned_kinds) * 10 = length(planned_due)),
  done_due text NOT NULL CHECK (length(done_due) % 10 = 0),
  last_done text,
  scheduled text NOT NULL CHECK (length(scheduled) % 10 = 0),
  action_due text NOT NULL CHECK (length(action_due) % 10 = 0),
  latest_levels text CHECK (latest_levels IS NULL OR json_typeof(latest_levels::json) IS NOT NULL),
  previous_levels text CHECK (previous_levels IS NULL OR json_typeof(previous_levels::json) IS NOT NULL)
);

-- 0008 hire leave
CREATE TABLE hire_leave (
  id text PRIMARY KEY NOT NULL,
  hire_id text NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  start_on text NOT NULL CHECK (start_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  end_on text NOT NULL CHECK (end_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  created_at text NOT NULL,
  CHECK (end_on >= start_on)
);

CREATE INDEX hire_leave_hire ON hire_leave (hire_id, start_on);

-- 0009 competency usage indexes
CREATE INDEX assessment_ratings_competency ON assessment_ratings (competency_id);
CREATE INDEX check_in_pulses_competency ON check_in_pulses (competency_id);

-- 0011 topics and evidence
CREATE TABLE hire_topics (
  id text PRIMARY KEY NOT NULL,
  hire_id text NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  added_by text NOT NULL CHECK (added_by IN ('manager', 'hire')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'discussed', 'dropped')),
  closed_on text CHECK (closed_on IS NULL OR closed_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  created_at text NOT NULL,
  CHECK ((status = 'open') = (closed_on IS NULL))
);

CREATE INDEX hire_topics_hire_status ON hire_topics (hire_id, status, created_at);

CREATE TABLE evidence_entries (
  id text PRIMARY KEY NOT NULL,
  hire_id text NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  competency_id text NOT NULL,
  noted_on text NOT NULL CHECK (noted_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  source text NOT NULL CHECK (source IN ('hire', 'manager', 'stakeholder')),
  source_name text NOT NULL DEFAULT '' CHECK (length(source_name) <= 120),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  created_at text NOT NULL
);

CREATE INDEX evidence_entries_hire_date ON evidence_entries (hire_id, noted_on);

-- 0012 hire packets
CREATE TABLE hire_packets (
  id text PRIMARY KEY NOT NULL,
  hire_id text NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  created_at text NOT NULL,
  UNIQUE (hire_id, version)
);
