-- Plans, their versions, the item tree and the department assignments.
CREATE TABLE plans (
    id BIGSERIAL PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE plan_versions (
    id BIGSERIAL PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    version BIGINT NOT NULL,
    published BOOLEAN NOT NULL DEFAULT FALSE,
    source_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    diagnostics TEXT NOT NULL,
    UNIQUE (plan_id, version)
);

CREATE TABLE items (
    id BIGSERIAL PRIMARY KEY,
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    parent_id BIGINT REFERENCES items(id),
    position BIGINT NOT NULL,
    depth BIGINT NOT NULL,
    number TEXT,
    text TEXT NOT NULL,
    line BIGINT NOT NULL,
    deadline_text TEXT,
    due TEXT,
    deadline_kind TEXT,
    every TEXT,
    note TEXT
);
CREATE INDEX items_version ON items(version_id);
CREATE INDEX items_parent ON items(parent_id);

CREATE TABLE assignments (
    id BIGSERIAL PRIMARY KEY,
    item_id BIGINT NOT NULL REFERENCES items(id),
    position BIGINT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('lead', 'responsible', 'participant')),
    as_written TEXT NOT NULL,
    org TEXT NOT NULL
);
CREATE INDEX assignments_item ON assignments(item_id);
CREATE INDEX assignments_org ON assignments(org);

CREATE TABLE assignment_successors (
    assignment_id BIGINT NOT NULL REFERENCES assignments(id),
    org TEXT NOT NULL
);
CREATE INDEX successors_org ON assignment_successors(org);
