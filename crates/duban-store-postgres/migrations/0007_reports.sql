-- Progress reports. Every save, submission, return and acceptance is a
-- new row (a version); the newest version of an (assignment, period) is
-- the report. Nothing here is updated or deleted, and the unique version
-- number makes two concurrent saves of the same version collide instead
-- of one silently replacing the other.
CREATE TABLE report_versions (
    id BIGSERIAL PRIMARY KEY,
    assignment_id BIGINT NOT NULL REFERENCES assignments(id),
    period TEXT NOT NULL,
    version BIGINT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'accepted')),
    progress TEXT NOT NULL CHECK (progress IN ('not_started', 'on_track', 'at_risk', 'done', 'blocked')),
    percent BIGINT NOT NULL CHECK (percent BETWEEN 0 AND 100),
    done TEXT NOT NULL,
    problems TEXT NOT NULL,
    next_steps TEXT NOT NULL,
    comment TEXT NOT NULL,
    author TEXT NOT NULL,
    at BIGINT NOT NULL,
    UNIQUE (assignment_id, period, version)
);
