-- Hires that belong to the sample team a new user can load from the welcome screen, so the whole
-- team (and everything recorded for it) can be removed in one click.
CREATE TABLE sample_hires (
  hire_id TEXT PRIMARY KEY NOT NULL REFERENCES hires (id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- Deleting an assessment checks the plans made from it; without this index that reads every plan.
CREATE INDEX plans_assessment ON plans (assessment_id) WHERE assessment_id IS NOT NULL;
