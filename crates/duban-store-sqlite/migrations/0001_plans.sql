-- Plans, their versions, the item tree and the department assignments.
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE plan_versions (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id),
    version INTEGER NOT NULL,
    published INTEGER NOT NULL DEFAULT 0,
    source_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    diagnostics TEXT NOT NULL,
    UNIQUE (plan_id, version)
);

CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES plan_versions(id),
    parent_id INTEGER REFERENCES items(id),
    position INTEGER NOT NULL,
    depth INTEGER NOT NULL,
    number TEXT,
    text TEXT NOT NULL,
    line INTEGER NOT NULL,
    deadline_text TEXT,
    due TEXT,
    deadline_kind TEXT,
    every TEXT,
    note TEXT
);
CREATE INDEX items_version ON items(version_id);
CREATE INDEX items_parent ON items(parent_id);

CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id),
    position INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('lead', 'responsible', 'participant')),
    as_written TEXT NOT NULL,
    org TEXT NOT NULL
);
CREATE INDEX assignments_item ON assignments(item_id);
CREATE INDEX assignments_org ON assignments(org);

CREATE TABLE assignment_successors (
    assignment_id INTEGER NOT NULL REFERENCES assignments(id),
    org TEXT NOT NULL
);
CREATE INDEX successors_org ON assignment_successors(org);
