-- Indexes for lookups by a referenced row: a check-in's action items (created in it, closed in it),
-- the check-ins of a plan, and the child rows that foreign keys check when a parent changes.
-- Without them each lookup reads the whole table, which a history of years makes slow.
CREATE INDEX action_items_check_in ON action_items (check_in_id);
CREATE INDEX action_items_closed_in ON action_items (closed_in_check_in_id) WHERE closed_in_check_in_id IS NOT NULL;
CREATE INDEX check_ins_plan ON check_ins (plan_id) WHERE plan_id IS NOT NULL;
CREATE INDEX plan_goals_phase ON plan_goals (phase_id);
CREATE INDEX plan_activities_goal ON plan_activities (goal_id) WHERE goal_id IS NOT NULL;
CREATE INDEX assessments_corrects ON assessments (corrects_id) WHERE corrects_id IS NOT NULL;
CREATE INDEX assessments_corrected_by ON assessments (corrected_by_id) WHERE corrected_by_id IS NOT NULL;
