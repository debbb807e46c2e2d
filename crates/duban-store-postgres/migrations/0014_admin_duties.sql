-- The separation of the three administrators (三员分立): the security
-- administrator and the security auditor are administrators with a duty,
-- so the role column and its check stay as they were. An account's role
-- as the program sees it is 'security' or 'auditor' when the duty says so.
ALTER TABLE users ADD COLUMN duty TEXT CHECK (duty IS NULL OR duty IN ('security', 'audit'));
