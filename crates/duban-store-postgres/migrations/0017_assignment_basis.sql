-- What each assignment's role rests on (its provenance: a role verb, a
-- label, a column, a stated convention, a carried phrase, a bare list, a
-- guess, or a person's entry), so the review can show doubtful ones first.
-- Assignments stored before this was recorded say so.
ALTER TABLE assignments ADD COLUMN basis TEXT NOT NULL DEFAULT 'unrecorded';
