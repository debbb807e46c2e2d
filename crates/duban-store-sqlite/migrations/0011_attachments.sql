-- Evidence files (佐证材料) of progress reports. A file's content is
-- stored once under its SHA-256, however many reports attach it; an
-- attachment names the report (assignment and period), the file's name
-- and type as uploaded, who attached it and when, and the report version
-- it was attached after. Nothing here is changed or removed.
CREATE TABLE evidence_blobs (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    content BLOB NOT NULL
);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignments(id),
    period TEXT NOT NULL,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES evidence_blobs(sha256),
    after_version INTEGER NOT NULL,
    author TEXT NOT NULL,
    at INTEGER NOT NULL,
    UNIQUE (assignment_id, period, sha256)
);
