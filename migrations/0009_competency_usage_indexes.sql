-- Ratings and one-on-one pulses looked up by competency: a custom competency cannot be deleted while
-- an assessment or a check-in still refers to it (its history would lose its meaning, and a data
-- file exported afterwards would name a competency that no longer exists).
CREATE INDEX assessment_ratings_competency ON assessment_ratings (competency_id);
CREATE INDEX check_in_pulses_competency ON check_in_pulses (competency_id);
