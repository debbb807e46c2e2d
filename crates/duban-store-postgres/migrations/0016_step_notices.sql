-- Who acts next is told, in-app, in the statement that stores a report
-- step (no extra round trip): a return or an acceptance tells the
-- department's liaisons (and those of the departments carrying on for
-- it); a participant's submission the lead department's liaisons, to
-- consolidate; any other submission the supervisors, to review. Drafts
-- and carried copies tell nobody. The reminder run adds e-mail copies for
-- accounts with an address.
CREATE VIEW step_notice_targets AS
    SELECT a.id AS assignment_id, u.login AS login, 'department' AS kind
    FROM assignments a JOIN users u ON u.role = 'liaison' AND u.duty IS NULL AND NOT u.disabled
        AND (u.org = a.org OR u.org IN (SELECT s.org FROM assignment_successors s WHERE s.assignment_id = a.id))
    UNION
    SELECT p.id, u.login, 'lead'
    FROM assignments p JOIN assignments l ON l.item_id = p.item_id AND l.role = 'lead'
    JOIN users u ON u.role = 'liaison' AND u.duty IS NULL AND NOT u.disabled
        AND (u.org = l.org OR u.org IN (SELECT s.org FROM assignment_successors s WHERE s.assignment_id = l.id))
    WHERE p.role = 'participant';

CREATE FUNCTION report_versions_notice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO outbox (key, channel, recipient, subject, body, created_at, state, next_attempt, sent_at)
    SELECT 'step:' || NEW.assignment_id || ':' || NEW.period || ':' || NEW.version || ':inapp:' || t.login,
        'inapp', t.login,
        CASE
            WHEN NEW.state = 'returned' THEN '【督办退回】' || NEW.period || ' 期进展报告需修改'
            WHEN NEW.state = 'accepted' THEN '【审核通过】' || NEW.period || ' 期进展报告已通过'
            WHEN a.role = 'participant' THEN '【参加单位报送】' || a.org || '：' || NEW.period || ' 期进展报告，请牵头单位汇总'
            ELSE '【待审核】' || a.org || '：' || NEW.period || ' 期进展报告已报送'
        END,
        '任务：' || i.text || chr(10) || '部门：' || a.org || chr(10) || '报送期：' || NEW.period
            || '（第 ' || NEW.version || ' 版）'
            || CASE WHEN NEW.comment <> '' THEN chr(10) || '审核意见：' || NEW.comment ELSE '' END
            || chr(10) || '查看：/assignments/' || NEW.assignment_id || '?period=' || NEW.period,
        NEW.at, 'sent', NEW.at, NEW.at
    FROM assignments a JOIN items i ON i.id = a.item_id
    JOIN (
        SELECT login FROM step_notice_targets
        WHERE assignment_id = NEW.assignment_id AND kind = 'department' AND NEW.state IN ('returned', 'accepted')
        UNION
        SELECT login FROM step_notice_targets
        WHERE assignment_id = NEW.assignment_id AND kind = 'lead' AND NEW.state = 'submitted'
        UNION
        SELECT u.login FROM users u, assignments pa
        WHERE pa.id = NEW.assignment_id AND pa.role <> 'participant' AND NEW.state = 'submitted'
            AND u.role = 'supervisor' AND u.duty IS NULL AND NOT u.disabled
    ) t ON TRUE
    WHERE a.id = NEW.assignment_id
    ON CONFLICT (key) DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER report_versions_notice AFTER INSERT ON report_versions
    FOR EACH ROW WHEN (NEW.carried_from IS NULL AND NEW.state <> 'draft') EXECUTE FUNCTION report_versions_notice();

-- The reminder run reads the recent in-app notices to mail their copies.
CREATE INDEX outbox_recent ON outbox(channel, created_at);
