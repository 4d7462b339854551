-- What the dashboard needs from each hire's history (the current plan's activities, scheduled
-- check-ins, open action items, the latest assessments' levels), kept beside the history so the
-- dashboard reads one row per active hire instead of every history. The facts do not depend on the
-- date or on the role framework: the dashboard works out today's figures from them on each call.
--
-- A missing row means "work it out again": the triggers below delete a hire's row in the same
-- transaction as any change to what it summarises, whichever code path makes the change (the
-- services, an import, the sample team), and the core writes a fresh row the next time it is read.
-- Derived data: it is not in the JSON data file, and an empty table is always correct.
--
-- Dates are packed: sorted YYYY-MM-DD strings written one after another (10 characters each), so the
-- dashboard counts "before today" with a binary search and never parses them.
-- `id` is never reused (AUTOINCREMENT), so it names one version of a hire's facts: the core keeps the
-- facts it has read in memory and reads a row again only when its id changes.
CREATE TABLE hire_summaries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hire_id TEXT NOT NULL UNIQUE REFERENCES hires (id) ON DELETE CASCADE,
  -- The current plan's start; NULL without a plan.
  plan_start TEXT,
  -- The current plan's planned activities: due dates, and one letter per activity for its kind
  -- (e experience, p people, c course) in the same order.
  planned_due TEXT NOT NULL CHECK (length(planned_due) % 10 = 0),
  planned_kinds TEXT NOT NULL CHECK (length(planned_kinds) * 10 = length(planned_due)),
  -- Due dates of the current plan's done activities, and the latest day one was done.
  done_due TEXT NOT NULL CHECK (length(done_due) % 10 = 0),
  last_done TEXT,
  -- Scheduled (not held, not cancelled) check-ins.
  scheduled TEXT NOT NULL CHECK (length(scheduled) % 10 = 0),
  -- Open action items that have a due date.
  action_due TEXT NOT NULL CHECK (length(action_due) % 10 = 0),
  -- Levels ({competency id: level}) of the latest and the one before of the assessments progress is
  -- judged on (the manager's when there are any); readiness is worked out against today's framework.
  latest_levels TEXT CHECK (latest_levels IS NULL OR json_valid(latest_levels)),
  previous_levels TEXT CHECK (previous_levels IS NULL OR json_valid(previous_levels))
) STRICT;

CREATE TRIGGER hire_summaries_plans_insert AFTER INSERT ON plans BEGIN
  DELETE FROM hire_summaries WHERE hire_id = NEW.hire_id;
END;
CREATE TRIGGER hire_summaries_plans_update AFTER UPDATE ON plans BEGIN
  DELETE FROM hire_summaries WHERE hire_id IN (OLD.hire_id, NEW.hire_id);
END;
CREATE TRIGGER hire_summaries_plans_delete AFTER DELETE ON plans BEGIN
  DELETE FROM hire_summaries WHERE hire_id = OLD.hire_id;
END;

CREATE TRIGGER hire_summaries_activities_insert AFTER INSERT ON plan_activities BEGIN
  DELETE FROM hire_summaries WHERE hire_id = (SELECT hire_id FROM plans WHERE id = NEW.plan_id);
END;
CREATE TRIGGER hire_summaries_activities_update AFTER UPDATE ON plan_activities BEGIN
  DELETE FROM hire_summaries
  WHERE hire_id IN (SELECT hire_id FROM plans WHERE id IN (OLD.plan_id, NEW.plan_id));
END;
CREATE TRIGGER hire_summaries_activities_delete AFTER DELETE ON plan_activities BEGIN
  DELETE FROM hire_summaries WHERE hire_id = (SELECT hire_id FROM plans WHERE id = OLD.plan_id);
END;

CREATE TRIGGER hire_summaries_assessments_insert AFTER INSERT ON assessments BEGIN
  DELETE FROM hire_summaries WHERE hire_id = NEW.hire_id;
END;
CREATE TRIGGER hire_summaries_assessments_update AFTER UPDATE ON assessments BEGIN
  DELETE FROM hire_summaries WHERE hire_id IN (OLD.hire_id, NEW.hire_id);
END;
CREATE TRIGGER hire_summaries_assessments_delete AFTER DELETE ON assessments BEGIN
  DELETE FROM hire_summaries WHERE hire_id = OLD.hire_id;
END;

CREATE TRIGGER hire_summaries_ratings_insert AFTER INSERT ON assessment_ratings BEGIN
  DELETE FROM hire_summaries
  WHERE hire_id = (SELECT hire_id FROM assessments WHERE id = NEW.assessment_id);
END;
CREATE TRIGGER hire_summaries_ratings_update AFTER UPDATE ON assessment_ratings BEGIN
  DELETE FROM hire_summaries
  WHERE hire_id IN (SELECT hire_id FROM assessments WHERE id IN (OLD.assessment_id, NEW.assessment_id));
END;
CREATE TRIGGER hire_summaries_ratings_delete AFTER DELETE ON assessment_ratings BEGIN
  DELETE FROM hire_summaries
  WHERE hire_id = (SELECT hire_id FROM assessments WHERE id = OLD.assessment_id);
END;

CREATE TRIGGER hire_summaries_check_ins_insert AFTER INSERT ON check_ins BEGIN
  DELETE FROM hire_summaries WHERE hire_id = NEW.hire_id;
END;
CREATE TRIGGER hire_summaries_check_ins_update AFTER UPDATE ON check_ins BEGIN
  DELETE FROM hire_summaries WHERE hire_id IN (OLD.hire_id, NEW.hire_id);
END;
CREATE TRIGGER hire_summaries_check_ins_delete AFTER DELETE ON check_ins BEGIN
  DELETE FROM hire_summaries WHERE hire_id = OLD.hire_id;
END;

CREATE TRIGGER hire_summaries_action_items_insert AFTER INSERT ON action_items BEGIN
  DELETE FROM hire_summaries WHERE hire_id = NEW.hire_id;
END;
CREATE TRIGGER hire_summaries_action_items_update AFTER UPDATE ON action_items BEGIN
  DELETE FROM hire_summaries WHERE hire_id IN (OLD.hire_id, NEW.hire_id);
END;
CREATE TRIGGER hire_summaries_action_items_delete AFTER DELETE ON action_items BEGIN
  DELETE FROM hire_summaries WHERE hire_id = OLD.hire_id;
END;
