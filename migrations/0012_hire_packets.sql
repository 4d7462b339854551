-- Each packet shared with a hire: its id and version travel in the packet and come back in the
-- hire's answers, so answers for another hire or an older packet are recognised on import.
CREATE TABLE hire_packets (
  id TEXT PRIMARY KEY NOT NULL,
  hire_id TEXT NOT NULL REFERENCES hires (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  created_at TEXT NOT NULL,
  UNIQUE (hire_id, version)
) STRICT;
