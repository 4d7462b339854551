-- Two windows (or, in team mode, two people) editing the same hire or one-on-one: each edit of the
-- row raises its version, the screen sends the version it loaded, and an edit made on an older one
-- is refused with CONFLICT instead of silently overwriting the newer change. Existing rows start at
-- 1, as the team server's did (migrations/postgres/0005_team_ownership.sql); who made the change
-- (updated_by) stays server-only: the desktop has one person.
ALTER TABLE hires ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE check_ins ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
