-- Every report step writes its audit line and raises its plan's reports
-- stamp in the database, in the statement that stores it: no step without
-- its line, and two fewer round trips per step. Versions carried over to a
-- re-imported plan's version (carried_from: the assignment they came
-- from) are copies, not steps: they write no line.
ALTER TABLE report_versions ADD COLUMN carried_from BIGINT;
CREATE FUNCTION report_versions_step() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (at, actor, action, target, detail, ip) VALUES (
        NEW.at, NEW.author,
        CASE NEW.state WHEN 'draft' THEN 'report-save' WHEN 'submitted' THEN 'report-submit'
                       WHEN 'returned' THEN 'report-return' ELSE 'report-accept' END,
        'assignment ' || NEW.assignment_id || ' period ' || NEW.period || ' version ' || NEW.version,
        NEW.comment, NULL);
    UPDATE plans SET reports_stamp = reports_stamp + 1 WHERE id = (
        SELECT v.plan_id FROM assignments a JOIN items i ON i.id = a.item_id
        JOIN plan_versions v ON v.id = i.version_id WHERE a.id = NEW.assignment_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER report_versions_step AFTER INSERT ON report_versions
    FOR EACH ROW WHEN (NEW.carried_from IS NULL) EXECUTE FUNCTION report_versions_step();
