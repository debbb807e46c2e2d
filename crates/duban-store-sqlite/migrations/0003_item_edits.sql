-- When a person corrected an item of a draft on the review page.
ALTER TABLE items ADD COLUMN edited_at TEXT;
