-- Evidence files (佐证材料) of progress reports. A file's content is
-- stored once under its SHA-256, however many reports attach it; an
-- attachment names the report (assignment and period), the file's name
-- and type as uploaded, who attached it and when, and the report version
-- it was attached after. Nothing here is changed or removed.
CREATE TABLE evidence_blobs (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    content BYTEA NOT NULL
);
CREATE TABLE attachments (
    id BIGSERIAL PRIMARY KEY,
    assignment_id BIGINT NOT NULL REFERENCES assignments(id),
    period TEXT NOT NULL,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES evidence_blobs(sha256),
    after_version BIGINT NOT NULL,
    author TEXT NOT NULL,
    at BIGINT NOT NULL,
    UNIQUE (assignment_id, period, sha256)
);
