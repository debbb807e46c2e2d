-- API tokens for integrators: a client sends "Authorization: Bearer
-- <token>" and acts as the token's account. Only the token's SHA-256 is
-- kept; a revoked token stays listed (and refused) for the record.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_used INTEGER,
    revoked_at INTEGER
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);
