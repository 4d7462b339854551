-- Two-sided one-on-ones: topics either side wants to talk about (kept open until discussed or
-- dropped), and an evidence log of dated wins, feedback and observations per competency, from the
-- hire, the manager or a stakeholder.

CREATE TABLE hire_topics (
  id TEXT PRIMARY KEY NOT NULL,
  hire_id TEXT NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  added_by TEXT NOT NULL CHECK (added_by IN ('manager', 'hire')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'discussed', 'dropped')),
  closed_on TEXT CHECK (closed_on IS NULL OR closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at TEXT NOT NULL,
  CHECK ((status = 'open') = (closed_on IS NULL))
) STRICT;

-- The agenda reads a hire's open topics; the hire page lists all of them.
CREATE INDEX hire_topics_hire_status ON hire_topics (hire_id, status, created_at);

CREATE TABLE evidence_entries (
  id TEXT PRIMARY KEY NOT NULL,
  hire_id TEXT NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  competency_id TEXT NOT NULL,
  noted_on TEXT NOT NULL CHECK (noted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  source TEXT NOT NULL CHECK (source IN ('hire', 'manager', 'stakeholder')),
  -- Who a stakeholder is ("Priya, design lead"); empty for the hire and the manager.
  source_name TEXT NOT NULL DEFAULT '' CHECK (length(source_name) <= 120),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX evidence_entries_hire_date ON evidence_entries (hire_id, noted_on);
