-- API tokens for integrators: a client sends "Authorization: Bearer
-- <token>" and acts as the token's account. Only the token's SHA-256 is
-- kept; a revoked token stays listed (and refused) for the record.
CREATE TABLE api_tokens (
    id BIGSERIAL PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used BIGINT,
    revoked_at BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);
