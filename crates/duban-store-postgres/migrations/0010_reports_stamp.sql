-- A counter per plan, raised in the same transaction as every report
-- step and cycle change of the plan: what a cached dashboard compares to
-- know it is still current, on every server instance, in one cheap read.
ALTER TABLE plans ADD COLUMN reports_stamp BIGINT NOT NULL DEFAULT 0;
