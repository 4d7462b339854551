-- Team mode: custom framework entries a manager brought in with their desktop data file (moving
-- in, src/main/server/move-in) wait as proposals until an HR/L&D lead accepts them into the shared
-- framework. NULL proposed_by: part of the shared framework (every entry made on the server itself,
-- and every entry that existed before this migration). Server-only, no SQLite twin: the desktop has
-- one framework and one user. 0006 is another change's number; the runner applies files in order.
ALTER TABLE custom_competencies ADD COLUMN proposed_by text REFERENCES accounts (id);
ALTER TABLE custom_competencies ADD COLUMN proposed_at text;

ALTER TABLE custom_activities ADD COLUMN proposed_by text REFERENCES accounts (id);
ALTER TABLE custom_activities ADD COLUMN proposed_at text;

ALTER TABLE custom_roles ADD COLUMN proposed_by text REFERENCES accounts (id);
ALTER TABLE custom_roles ADD COLUMN proposed_at text;
