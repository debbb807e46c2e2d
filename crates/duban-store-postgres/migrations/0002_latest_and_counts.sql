-- Reads of "the latest version" and of measure counts were computed per
-- row; keep them as columns, maintained by each import.
ALTER TABLE plan_versions ADD COLUMN latest BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE plan_versions ADD COLUMN measures BIGINT NOT NULL DEFAULT 0;
UPDATE plan_versions SET latest = TRUE
    WHERE version = (SELECT MAX(version) FROM plan_versions w WHERE w.plan_id = plan_versions.plan_id);
UPDATE plan_versions SET measures = (
    SELECT COUNT(*) FROM items i WHERE i.version_id = plan_versions.id
    AND NOT EXISTS (SELECT 1 FROM items c WHERE c.parent_id = i.id));
CREATE INDEX plan_versions_latest ON plan_versions(latest, plan_id);
CREATE INDEX successors_assignment ON assignment_successors(assignment_id);
