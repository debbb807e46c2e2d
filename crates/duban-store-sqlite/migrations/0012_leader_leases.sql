-- Leadership of a job among server instances on one SQLite file: a lease
-- row that its holder deletes when done and that expires (Unix seconds)
-- should the holder die. (PostgreSQL uses advisory locks instead.)
CREATE TABLE leader_leases (
    job INTEGER PRIMARY KEY,
    holder TEXT NOT NULL,
    until INTEGER NOT NULL
);
