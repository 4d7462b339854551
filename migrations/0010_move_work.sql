-- The work of the move itself (the expectations conversation, a peer in the new role, handing over
-- the old role's habits) is kept as plan activities the manager ticks off, and each one-on-one keeps
-- the questions the plan gave it.

-- Empty for a goal's activity or earlier work; which piece of the move an activity is otherwise.
-- Move work has no goal (goal_id is empty) and, for the conversation and the peer, no competency ('').
ALTER TABLE plan_activities ADD COLUMN move_purpose TEXT
  CHECK (move_purpose IS NULL OR move_purpose IN ('expectations', 'peer', 'letGo'));
-- What the manager asks about it at the one-on-ones while it runs.
ALTER TABLE plan_activities ADD COLUMN check_in_topic TEXT NOT NULL DEFAULT ''
  CHECK (length(check_in_topic) <= 500);

ALTER TABLE plan_check_ins ADD COLUMN topics TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics));
ALTER TABLE check_ins ADD COLUMN topics TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics));
