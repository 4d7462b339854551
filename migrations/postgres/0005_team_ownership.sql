-- Team mode: whose people are whose. Every hire belongs to one manager's account, and everything
-- under a hire (assessments, plans, one-on-ones, notes, leave, topics, evidence, packet) is reached
-- through it, so a query scoped by hires.manager_id scopes them all. Server-only, no SQLite twin: the
-- desktop has one user. Text ids, no triggers, no advisory locks (docs/team.md, "Database").

-- Team mode has no hires before this migration (the server was not usable before it).
ALTER TABLE hires ADD COLUMN manager_id text NOT NULL REFERENCES accounts (id);
-- Raised by every edit of the hire's own row, for optimistic concurrency: a stale edit is refused
-- with CONFLICT naming updated_by, the account that made the newer change.
ALTER TABLE hires ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE hires ADD COLUMN updated_by text REFERENCES accounts (id);

-- A manager's lists and dashboard: their hires by status, in name order.
CREATE INDEX hires_manager_status_name ON hires (manager_id, status, lower(name));

ALTER TABLE check_ins ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE check_ins ADD COLUMN updated_by text REFERENCES accounts (id);
-- Private notes are returned to their author alone: after a hire is handed to another manager, the
-- notes the first manager wrote stay theirs. NULL while there are none.
ALTER TABLE check_ins ADD COLUMN private_notes_by text REFERENCES accounts (id);

-- A manager lets an HR/L&D lead see one hire's ratings and plan (never private notes).
CREATE TABLE hire_shares (
  hire_id text NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  shared_by text NOT NULL REFERENCES accounts (id),
  shared_at text NOT NULL,
  PRIMARY KEY (hire_id, account_id)
);

CREATE INDEX hire_shares_account ON hire_shares (account_id);

-- A hire handed from one manager to another (a move between teams): the history stays with the hire.
CREATE TABLE hire_handovers (
  id text PRIMARY KEY NOT NULL,
  hire_id text NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  from_manager_id text NOT NULL REFERENCES accounts (id),
  to_manager_id text NOT NULL REFERENCES accounts (id),
  handed_by text NOT NULL REFERENCES accounts (id),
  handed_at text NOT NULL,
  CHECK (from_manager_id <> to_manager_id)
);

CREATE INDEX hire_handovers_hire ON hire_handovers (hire_id, handed_at);

-- Each account's own settings (manager name, meeting defaults, holiday country); the desktop keeps
-- them in `settings`, one JSON value per key, and so does this table, per account.
CREATE TABLE account_settings (
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  key text NOT NULL,
  value text NOT NULL CHECK (json_typeof(value::json) IS NOT NULL),
  updated_at text NOT NULL,
  PRIMARY KEY (account_id, key)
);
