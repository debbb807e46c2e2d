-- Reminders and urging go through an outbox: a message is stored once
-- under a key that says what it is about (so a reminder is never queued
-- twice, whichever server instance computes it), then delivered: in-app
-- messages are delivered by being stored; e-mail and webhooks are claimed
-- by one sender at a time and retried with back-off.
ALTER TABLE users ADD COLUMN email TEXT;
CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL CHECK (channel IN ('inapp', 'email', 'webhook')),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt BIGINT NOT NULL,
    last_error TEXT,
    sent_at BIGINT
);
CREATE INDEX outbox_due ON outbox(state, next_attempt);
CREATE INDEX outbox_recipient ON outbox(channel, recipient);
