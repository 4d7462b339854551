-- The team server's accounts, sessions and invitations (src/main/server/auth, docs/accounts.md):
-- server-only, no SQLite twin. Tokens are stored only as their SHA-256 (base64url, 43 characters);
-- a copy of these tables opens no session and accepts no invitation. Instants are ISO-8601 UTC text,
-- as everywhere in the schema, so they compare as strings. Text ids, no triggers, no advisory
-- locks: the same SQL runs on CockroachDB and YugabyteDB (docs/team.md, "Database").

CREATE TABLE accounts (
  id text PRIMARY KEY NOT NULL,
  -- Stored normalised (trimmed, NFC, lower case); the unique index on lower(email) below still
  -- refuses a second account in another case if a caller ever forgets to normalise.
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  role text NOT NULL CHECK (role IN ('admin', 'manager', 'hr')),
  password_hash text NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
  created_at text NOT NULL,
  -- Set when an administrator turns the account off; NULL while it may sign in.
  disabled_at text,
  -- Raised by every change to the row, for optimistic concurrency (a stale edit is refused).
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);

CREATE UNIQUE INDEX accounts_email ON accounts (lower(email));

CREATE TABLE sessions (
  token_hash text PRIMARY KEY NOT NULL CHECK (length(token_hash) = 43),
  -- The session's public id (CSRF tokens are derived from it); never the token.
  id text NOT NULL UNIQUE,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at text NOT NULL,
  last_seen_at text NOT NULL,
  -- created_at + 7 days: the absolute end, whatever the activity.
  expires_at text NOT NULL
);

-- "Sign out everywhere" and turning an account off end every session of one account.
CREATE INDEX sessions_account ON sessions (account_id);
-- The periodic purge: sessions past their absolute end, and sessions idle for too long.
CREATE INDEX sessions_expires ON sessions (expires_at);
CREATE INDEX sessions_last_seen ON sessions (last_seen_at);

CREATE TABLE invitations (
  token_hash text PRIMARY KEY NOT NULL CHECK (length(token_hash) = 43),
  id text NOT NULL UNIQUE,
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  -- Administrators invite managers and HR/L&D leads; the first administrator is made at setup.
  role text NOT NULL CHECK (role IN ('manager', 'hr')),
  invited_by text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at text NOT NULL,
  expires_at text NOT NULL,
  -- Set once, by the UPDATE that consumes the link in the same transaction as the account insert.
  accepted_at text
);

CREATE INDEX invitations_expires ON invitations (expires_at);

-- One row once the first administrator exists. Its primary key is what makes two first-start
-- requests racing each other end with one administrator: the second insert waits on the first's
-- key and then fails (no advisory lock, which CockroachDB lacks).
CREATE TABLE server_setup (
  id integer PRIMARY KEY NOT NULL CHECK (id = 1),
  first_administrator_id text NOT NULL,
  completed_at text NOT NULL
);
