-- The search index: each distinct pair of adjacent characters of the text
-- of every item in a latest version, and how many items hold each pair
-- (the rarest pair of a query leads the lookup). Filled by the program:
-- at import, at each correction, and once for existing data
-- (search_index_state.built = 0 until then).
CREATE TABLE item_grams (
    gram TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    PRIMARY KEY (gram, item_id)
) WITHOUT ROWID;
CREATE TABLE gram_counts (
    gram TEXT PRIMARY KEY,
    items INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE search_index_state (built INTEGER NOT NULL);
INSERT INTO search_index_state (built) VALUES (0);
