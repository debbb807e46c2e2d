-- A department's acknowledgement (签收) of one of its assignments: who
-- signed for it, when (Unix seconds) and what they noted. One per
-- assignment; never changed.
CREATE TABLE acknowledgements (
    assignment_id INTEGER PRIMARY KEY REFERENCES assignments(id),
    login TEXT NOT NULL,
    at INTEGER NOT NULL,
    note TEXT NOT NULL
);
