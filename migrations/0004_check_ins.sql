-- One-on-one check-ins, their pulse ratings, action items, drafts, and app settings.

CREATE TABLE check_ins (
  id TEXT PRIMARY KEY NOT NULL,
  hire_id TEXT NOT NULL REFERENCES hires (id),
  plan_id TEXT REFERENCES plans (id),
  scheduled_on TEXT NOT NULL CHECK (scheduled_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'done', 'cancelled')),
  origin TEXT NOT NULL CHECK (origin IN ('plan', 'manager')),
  held_on TEXT,
  shared_notes TEXT NOT NULL DEFAULT '',
  private_notes TEXT NOT NULL DEFAULT '',
  focus_competency_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(focus_competency_ids)),
  -- Bumped on every change that a calendar must see, so a re-exported event replaces the old one.
  sequence INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'done') = (held_on IS NOT NULL))
) STRICT;

CREATE INDEX check_ins_hire_date ON check_ins (hire_id, scheduled_on);
CREATE INDEX check_ins_status_date ON check_ins (status, scheduled_on);

CREATE TABLE check_in_pulses (
  check_in_id TEXT NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
  competency_id TEXT NOT NULL,
  confidence INTEGER NOT NULL CHECK (confidence BETWEEN 1 AND 5),
  PRIMARY KEY (check_in_id, competency_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE action_items (
  id TEXT PRIMARY KEY NOT NULL,
  hire_id TEXT NOT NULL REFERENCES hires (id),
  check_in_id TEXT NOT NULL REFERENCES check_ins (id),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  owner TEXT NOT NULL CHECK (owner IN ('manager', 'hire')),
  due_on TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  closed_in_check_in_id TEXT REFERENCES check_ins (id),
  closed_on TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX action_items_hire_status ON action_items (hire_id, status);
CREATE INDEX action_items_status_due ON action_items (status, due_on);

-- What the manager has typed into a check-in that is not saved yet.
CREATE TABLE check_in_drafts (
  check_in_id TEXT PRIMARY KEY NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
  draft TEXT NOT NULL CHECK (json_valid(draft)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;

-- Plans saved before check-ins existed: put the current version's one-on-ones on the schedule.
INSERT INTO check_ins (id, hire_id, plan_id, scheduled_on, origin, focus_competency_ids, created_at, updated_at)
SELECT
  lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
  p.hire_id,
  p.id,
  c.date,
  'plan',
  c.focus_competency_ids,
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM plan_check_ins c
JOIN plans p ON p.id = c.plan_id
WHERE p.status = 'current'
ORDER BY p.hire_id, c.position;
