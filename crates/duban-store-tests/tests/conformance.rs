//! One story, run against every backend: SQLite in a temporary file and
//! PostgreSQL in a database created for the run (127.0.0.1:5432, or
//! DUBAN_TEST_PG_URL). Under CI (CI=true) a missing PostgreSQL fails the
//! test; elsewhere it is skipped with a printed reason.

use duban_core::{OrgName, Parsed};
use duban_import::{Options, parse};
use duban_store::{ItemEdit, Page, Store, StoreError};
use duban_store_postgres::PostgresStore;
use duban_store_sqlite::SqliteStore;
use std::path::Path;

fn sample() -> Parsed {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/shandong-ip-division-table.txt");
    let mut parsed = parse(&std::fs::read(path).unwrap(), &Options::default()).unwrap();
    // 一(一)1's participant 省工商局 has been succeeded by 省市场监管局.
    let m = &mut parsed.plan.items[0].children[0].children[0];
    let a = m.assignments.iter_mut().find(|a| &*a.as_written == "省工商局").unwrap();
    a.successors = vec![OrgName::parse("省市场监管局").unwrap()];
    parsed
}

/// The story every backend must tell the same way.
async fn story(store: &impl Store) {
    store.migrate().await.expect("migrating again is harmless");
    let parsed = sample();
    let first = store.import_plan("山东省知识产权强省建设实施方案", "seed.txt", &parsed, false).await.unwrap();
    assert_eq!(first.version, 1);

    let plans = store.plans(Page::first(50)).await.unwrap().items;
    assert_eq!(plans.len(), 1);
    assert_eq!((plans[0].version, plans[0].published, plans[0].measures), (1, false, 54));

    // The tree comes back exactly as it went in.
    let (summary, plan) = store.plan(first.plan_id, None).await.unwrap();
    assert_eq!(summary.title, "山东省知识产权强省建设实施方案");
    assert_eq!(plan.items, parsed.plan.items);

    // The diagnostics of the import are kept with the version.
    assert_eq!(store.diagnostics(first.plan_id, 1).await.unwrap(), parsed.diagnostics);
    assert!(matches!(store.diagnostics(first.plan_id, 7).await, Err(StoreError::NotFound(_))));

    store.publish(first.plan_id, 1).await.unwrap();
    assert!(store.plans(Page::first(50)).await.unwrap().items[0].published);
    assert!(matches!(store.publish(first.plan_id, 9).await, Err(StoreError::NotFound(_))));
    assert!(matches!(store.plan(999_999, None).await, Err(StoreError::NotFound(_))));

    // Re-importing the same title makes version 2; version 1 stays readable.
    let mut revised = parsed.clone();
    revised.plan.items[4].children.pop();
    let second = store.import_plan("山东省知识产权强省建设实施方案", "seed-v2.txt", &revised, true).await.unwrap();
    assert_eq!((second.plan_id, second.version), (first.plan_id, 2));
    let latest = &store.plans(Page::first(50)).await.unwrap().items[0];
    assert_eq!(&store.summary(first.plan_id, None).await.unwrap(), latest);
    assert_eq!(store.summary(first.plan_id, Some(1)).await.unwrap().version, 1);
    assert!(matches!(store.summary(first.plan_id, Some(5)).await, Err(StoreError::NotFound(_))));
    assert_eq!((latest.version, latest.measures), (2, 52));
    let (_, old) = store.plan(first.plan_id, Some(1)).await.unwrap();
    assert_eq!(old.leaves().len(), 54);

    // A department's workspace: its own assignments in the latest version,
    // and those of a body it succeeded.
    let own = store.workspace("省编办", Page::first(50)).await.unwrap().items;
    assert_eq!(own.len(), 3);
    assert!(own.iter().all(|e| e.role == duban_core::Role::Lead && !e.inherited));
    // A department signs for its assignment once; another department cannot.
    let mine = own[0].assignment_id;
    assert!(matches!(store.acknowledge(mine, "省公安厅", "gat", "", 500).await, Err(StoreError::NotFound(_))));
    store.acknowledge(mine, "省编办", "bianban", " 收到 ", 500).await.unwrap();
    assert!(matches!(store.acknowledge(mine, "省编办", "bianban", "", 501).await, Err(StoreError::Conflict(_))));
    let signed = store.workspace("省编办", Page::first(50)).await.unwrap().items;
    assert_eq!(signed[0].acknowledged, Some(("bianban".to_string(), 500)));
    assert!(signed[1..].iter().all(|e| e.acknowledged.is_none()));
    let inherited = store.workspace("省市场监管局", Page::first(50)).await.unwrap().items;
    assert_eq!(inherited.len(), 1);
    assert!(inherited[0].inherited);
    assert_eq!(inherited[0].org, "省工商局");
    // The successor signs for what it inherited.
    store.acknowledge(inherited[0].assignment_id, "省市场监管局", "scjgj", "", 600).await.unwrap();

    // Search: a two-character query, wildcards taken literally.
    let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
    let hits = store.search(&words(&["专利"]), Page::first(100)).await.unwrap().items;
    assert!(hits.len() >= 5, "{} hits", hits.len());
    assert!(hits.iter().all(|h| h.text.contains("专利")));
    assert!(store.search(&words(&["%"]), Page::first(10)).await.unwrap().items.is_empty());
    assert!(store.search(&words(&["  "]), Page::first(10)).await.unwrap().items.is_empty());
    // Every word must occur, wherever it stands.
    let both = store.search(&words(&["知识产权", "奖励"]), Page::first(100)).await.unwrap().items;
    assert!(!both.is_empty());
    assert!(both.iter().all(|h| h.text.contains("知识产权") && h.text.contains("奖励")));

    // The index finds exactly what a scan of the latest texts finds, for
    // substrings of every length taken from all over the plan.
    let (_, latest_plan) = store.plan(first.plan_id, None).await.unwrap();
    let texts: Vec<String> = duban_store::flatten(&latest_plan.items).iter().map(|f| f.item.text.clone()).collect();
    for (k, text) in texts.iter().enumerate().step_by(7) {
        let chars: Vec<char> = text.chars().collect();
        for len in [1, 2, 3, 5] {
            let start = (k * 3) % chars.len().saturating_sub(len).max(1);
            let word: String = chars.iter().skip(start).take(len).collect();
            let expected = texts.iter().filter(|t| t.contains(&word)).count();
            let found = store.search(&words(&[&word]), Page::first(500)).await.unwrap().items;
            assert_eq!(found.len(), expected, "search for 「{word}」");
            assert!(found.iter().all(|h| h.text.contains(&word)));
        }
    }
    // What only version 1 held is not found any more.
    let removed = &parsed.plan.items[4].children.last().unwrap().text;
    assert!(!texts.contains(removed));
    assert!(store.search(&words(&[removed]), Page::first(10)).await.unwrap().items.is_empty());

    // Pages follow each other without gaps or repeats, and the last says so.
    let mut seen = Vec::new();
    let mut page = Page::first(2);
    loop {
        let got = store.search(&words(&["专利"]), page).await.unwrap();
        assert!(got.items.len() <= 2);
        seen.extend(got.items.iter().map(|h| h.item_id));
        match got.next {
            Some(after) => page = Page::after(Some(after), 2),
            None => break,
        }
    }
    assert_eq!(seen, hits.iter().map(|h| h.item_id).collect::<Vec<_>>());
    let first_two = store.workspace("省知识产权局", Page::first(2)).await.unwrap();
    let rest = store.workspace("省知识产权局", Page::after(first_two.next, 500)).await.unwrap();
    let all = store.workspace("省知识产权局", Page::first(500)).await.unwrap();
    assert_eq!(first_two.items.len(), 2);
    assert_eq!([first_two.items, rest.items].concat(), all.items);
    assert_eq!(all.next, None);

    // An item with its place in the tree.
    let (_, plan) = store.plan(first.plan_id, None).await.unwrap();
    let measure = &plan.items[0].children[0].children[0];
    let hits = store.search(&words(&[&measure.text]), Page::first(10)).await.unwrap().items;
    let id = hits.iter().find(|h| h.text == measure.text).expect("the measure is found by its text").item_id;
    let detail = store.item(id).await.unwrap();
    assert_eq!(detail.item.text, measure.text);
    assert_eq!(detail.item.assignments, measure.assignments);
    assert_eq!(detail.item.deadline, measure.deadline);
    assert_eq!(detail.plan.version, 2);
    assert_eq!(detail.ancestors.len(), 2);
    assert_eq!(detail.ancestors[0].text, plan.items[0].text);
    assert_eq!(detail.ancestors[1].text, plan.items[0].children[0].text);
    let task = store.item(detail.ancestors[1].id).await.unwrap();
    assert_eq!(task.children.len(), plan.items[0].children[0].children.len());
    assert!(task.item.children.is_empty(), "children come as links");
    assert!(matches!(store.item(999_999_999).await, Err(StoreError::NotFound(_))));

    // A draft is corrected in place; the search index follows; a published
    // version refuses corrections.
    let draft = store.import_plan("草稿分工表", "draft.txt", &parsed, false).await.unwrap();
    let draft_ids = store.item_refs(draft.plan_id, 1).await.unwrap();
    let target = draft_ids[2].id;
    let before = store.item(target).await.unwrap();
    let lead = before.item.assignments.clone();
    let edit = ItemEdit::new(Some(" 9 ".into()), " 建立独一无二的校对用措施。 ", lead[..1].to_vec(), None).unwrap();
    store.edit_item(target, &edit).await.unwrap();
    let after = store.item(target).await.unwrap();
    assert_eq!((after.item.number.as_deref(), after.item.text.as_str()), (Some("9"), "建立独一无二的校对用措施。"));
    assert_eq!(after.item.assignments, lead[..1].to_vec());
    assert_eq!(after.item.deadline, None);
    let refs = store.item_refs(draft.plan_id, 1).await.unwrap();
    assert!(refs[2].edited && !refs[1].edited);
    assert_eq!(store.search(&words(&["独一无二"]), Page::first(5)).await.unwrap().items.len(), 1);
    let old_only = texts.iter().filter(|t| t.contains(&before.item.text)).count();
    assert_eq!(store.search(&words(&[&before.item.text]), Page::first(500)).await.unwrap().items.len(), old_only);
    assert!(matches!(ItemEdit::new(None, "  ", Vec::new(), None), Err(StoreError::Invalid(_))));
    assert!(matches!(store.edit_item(999_999_999, &edit).await, Err(StoreError::NotFound(_))));
    store.publish(draft.plan_id, 1).await.unwrap();
    assert!(matches!(store.edit_item(target, &edit).await, Err(StoreError::Conflict(_))));

    // Item ids come in tree order, one per item.
    let ids: Vec<i64> = store.item_refs(first.plan_id, 2).await.unwrap().iter().map(|r| r.id).collect();
    let flat = duban_store::flatten(&plan.items);
    assert_eq!(ids.len(), flat.len());
    for k in [0, 1, flat.len() / 2, flat.len() - 1] {
        assert_eq!(store.item(ids[k]).await.unwrap().item.text, flat[k].item.text);
    }
}

/// Accounts, sessions and the audit log, the same on every backend.
async fn accounts(store: &impl Store) {
    use duban_core::{AccountRole, Login};
    let login = Login::parse("Wang.Wu").unwrap();
    let new = duban_store::NewUser {
        login: &login,
        name: "王五",
        role: AccountRole::Liaison,
        org: Some("山东省知识产权局"),
        email: None,
        password_hash: "$argon2id$placeholder-for-the-store",
        now: 100,
    };
    let id = store.create_user(&new).await.unwrap();
    assert!(matches!(store.create_user(&new).await, Err(StoreError::Conflict(_))));
    let user = store.user("WANG.WU").await.unwrap().expect("logins are found whatever the case");
    assert_eq!(
        (user.id, user.role, user.org.as_deref(), user.disabled),
        (id, AccountRole::Liaison, Some("山东省知识产权局"), false)
    );
    assert!(store.user("nobody").await.unwrap().is_none());
    // The security administrator and the auditor come back as such.
    for (name, role) in [("anquan", AccountRole::Security), ("shenji", AccountRole::Auditor)] {
        let login = Login::parse(name).unwrap();
        store.create_user(&duban_store::NewUser { login: &login, role, org: None, ..new.clone() }).await.unwrap();
        assert_eq!(store.user(name).await.unwrap().unwrap().role, role);
    }

    assert_eq!(store.login_failed(id, None).await.unwrap(), 1);
    assert_eq!(store.login_failed(id, Some(9_999)).await.unwrap(), 2);
    assert_eq!(store.user("wang.wu").await.unwrap().unwrap().locked_until, 9_999);
    store.open_session(id, "hash-1", "csrf-1", 200).await.unwrap();
    let after = store.user("wang.wu").await.unwrap().unwrap();
    assert_eq!((after.failed_logins, after.locked_until), (0, 0), "a sign-in clears the failures");
    let session = store.session("hash-1").await.unwrap().unwrap();
    assert_eq!((session.user.id, session.csrf.as_str(), session.last_seen), (id, "csrf-1", 200));
    store.touch_session("hash-1", 260).await.unwrap();
    assert_eq!(store.session("hash-1").await.unwrap().unwrap().last_seen, 260);
    store.close_session("hash-1").await.unwrap();
    assert!(store.session("hash-1").await.unwrap().is_none());

    // A new password or disabling ends every session of the account.
    store.open_session(id, "hash-2", "csrf-2", 300).await.unwrap();
    store.set_password("wang.wu", "$argon2id$another").await.unwrap();
    assert!(store.session("hash-2").await.unwrap().is_none());
    store.open_session(id, "hash-3", "csrf-3", 300).await.unwrap();
    store.set_disabled("wang.wu", true).await.unwrap();
    assert!(store.session("hash-3").await.unwrap().is_none());
    assert!(store.user("wang.wu").await.unwrap().unwrap().disabled);
    assert!(matches!(store.set_disabled("nobody", true).await, Err(StoreError::NotFound(_))));
    assert_eq!(store.users().await.unwrap().len(), 3);

    // The audit log: appended, read newest first in pages.
    for k in 0..5 {
        let event = duban_store::AuditEvent {
            id: 0,
            at: 1_000 + k,
            actor: Some("wang.wu".into()),
            action: format!("act-{k}"),
            target: "t".into(),
            detail: String::new(),
            ip: None,
        };
        store.audit(&event).await.unwrap();
    }
    let first = store.audit_log(Page::first(3)).await.unwrap();
    assert_eq!(first.items.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), ["act-4", "act-3", "act-2"]);
    let rest = store.audit_log(Page::after(first.next, 10)).await.unwrap();
    assert_eq!(rest.items.len(), 2);
    assert_eq!(rest.next, None);
}

/// A progress report through its review: draft, submit, return, resubmit,
/// accept; every version kept; drafts only for the department; a stale
/// version refused.
async fn reports(store: &impl Store) {
    use duban_core::{Period, Progress, ReportBody, ReportState};
    use duban_store::{ReportStep, Reporter};
    let parsed = sample();
    let plan = store.import_plan("报告用分工表", "seed.txt", &parsed, true).await.unwrap();
    let own = store.workspace("省编办", Page::first(500)).await.unwrap().items;
    let id = own.iter().find(|e| e.plan_id == plan.plan_id).unwrap().assignment_id;
    let info = store.assignment(id).await.unwrap();
    assert!(info.published && info.belongs_to("省编办") && !info.belongs_to("省公安厅"));
    let period = Period::parse("2026-11").unwrap();
    // Accounts to be told of the steps: the department's liaison and the office.
    for (name, role, org) in [
        ("bianban", duban_core::AccountRole::Liaison, Some("省编办")),
        ("duban", duban_core::AccountRole::Supervisor, None),
    ] {
        let login = duban_core::Login::parse(name).unwrap();
        let new =
            duban_store::NewUser { login: &login, name, role, org, email: None, password_hash: "$argon2id$x", now: 1 };
        store.create_user(&new).await.unwrap();
    }
    let dept = Reporter::Department { login: "bianban", org: "省编办" };
    let office = Reporter::Office { login: "duban" };
    let body = |done: &str| ReportBody::new(Progress::OnTrack, 30, done, "", "下月完成").unwrap();

    let v1 = store.report_step(id, &period, 0, dept, &ReportStep::Save(body("起草方案")), 10).await.unwrap();
    assert_eq!((v1.version, v1.state), (1, ReportState::Draft));
    assert!(store.reports(id, false).await.unwrap().is_empty(), "the office does not see drafts");
    assert_eq!(store.reports(id, true).await.unwrap().len(), 1);
    // A stale version is refused; another department is not told the task exists.
    let stale = store.report_step(id, &period, 0, dept, &ReportStep::Save(body("x")), 11).await;
    assert!(matches!(stale, Err(StoreError::Conflict(_))));
    let other = Reporter::Department { login: "gat", org: "省公安厅" };
    assert!(matches!(
        store.report_step(id, &period, 1, other, &ReportStep::Save(body("x")), 11).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.report_step(id, &period, 1, office, &ReportStep::Accept(String::new()), 11).await,
        Err(StoreError::Conflict(_))
    ));

    store.report_step(id, &period, 1, dept, &ReportStep::Submit(body("完成起草")), 12).await.unwrap();
    assert!(matches!(
        store.report_step(id, &period, 2, dept, &ReportStep::Save(body("x")), 13).await,
        Err(StoreError::Conflict(_))
    ));
    assert!(matches!(
        store.report_step(id, &period, 2, office, &ReportStep::Return(" ".into()), 13).await,
        Err(StoreError::Invalid(_))
    ));
    let returned =
        store.report_step(id, &period, 2, office, &ReportStep::Return("请补充数据".into()), 13).await.unwrap();
    assert_eq!((returned.state, returned.body.done.as_str()), (ReportState::Returned, "完成起草"));
    store.report_step(id, &period, 3, dept, &ReportStep::Submit(body("完成起草，附数据")), 14).await.unwrap();
    let accepted = store.report_step(id, &period, 4, office, &ReportStep::Accept("同意".into()), 15).await.unwrap();
    assert_eq!((accepted.version, accepted.state, accepted.author.as_str()), (5, ReportState::Accepted, "duban"));
    assert!(matches!(
        store.report_step(id, &period, 5, dept, &ReportStep::Save(body("x")), 16).await,
        Err(StoreError::Conflict(_))
    ));

    // Each step told who acts next, in-app, with it: the office of each
    // submission, the department of the return and the acceptance; drafts nobody.
    let subjects = |login: &'static str| async move {
        let inbox = store.inbox(login, Page::first(50)).await.unwrap().items;
        inbox.into_iter().map(|m| m.subject).collect::<Vec<_>>()
    };
    let office = subjects("duban").await;
    assert_eq!(office.iter().filter(|s| s.starts_with("【待审核】省编办：2026-11")).count(), 2, "{office:?}");
    let department = subjects("bianban").await;
    assert!(department.iter().any(|s| s.starts_with("【督办退回】2026-11")), "{department:?}");
    assert!(department.iter().any(|s| s.starts_with("【审核通过】2026-11")), "{department:?}");
    assert_eq!(department.len(), 2, "drafts tell nobody: {department:?}");
    assert_eq!(store.recent_notices("step:", 0).await.unwrap().len(), 4);

    // Each step wrote its audit line with it.
    let log = store.audit_log(Page::first(100)).await.unwrap().items;
    let steps: Vec<&str> =
        log.iter().filter(|e| e.target.starts_with(&format!("assignment {id} "))).map(|e| e.action.as_str()).collect();
    assert_eq!(
        steps,
        ["report-accept", "report-submit", "report-return", "report-submit", "report-save"],
        "newest first"
    );
    assert!(
        log.iter().any(|e| e.action == "report-accept" && e.actor.as_deref() == Some("duban") && e.detail == "同意")
    );

    // Every version stays readable, newest first; the office sees all but the draft.
    let all = store.reports(id, true).await.unwrap();
    assert_eq!(all.iter().map(|r| r.version).collect::<Vec<_>>(), [5, 4, 3, 2, 1]);
    assert_eq!(all[2].comment, "请补充数据");
    assert_eq!(store.reports(id, false).await.unwrap().len(), 4);
    // The lead sees the participants' reports on the same measure, never their drafts.
    let item = store.assignment(id).await.unwrap().item_id;
    let (partner, partner_id) = duban_store_tests::participant_of(store, item).await;
    let on_item = store.item_assignments(item).await.unwrap();
    assert!(on_item.iter().any(|a| a.id == id) && on_item.iter().any(|a| a.id == partner_id));
    assert!(on_item.iter().all(|a| a.item_id == item));
    let them = Reporter::Department { login: "partner", org: partner.as_str() };
    store.report_step(partner_id, &period, 0, them, &ReportStep::Save(body("草稿不给别人看")), 30).await.unwrap();
    assert!(store.sibling_reports(id).await.unwrap().is_empty());
    store.report_step(partner_id, &period, 1, them, &ReportStep::Submit(body("配合完成调研")), 31).await.unwrap();
    let siblings = store.sibling_reports(id).await.unwrap();
    assert_eq!(siblings.len(), 1);
    assert_eq!((siblings[0].0.org.as_str(), siblings[0].1.body.done.as_str()), (partner.as_str(), "配合完成调研"));
    assert_eq!(store.sibling_reports(partner_id).await.unwrap().len(), 4, "the lead's four non-draft versions");

    // Another period is another report.
    let q4 = Period::parse("2026-Q4").unwrap();
    assert_eq!(store.report_step(id, &q4, 0, dept, &ReportStep::Save(body("季度")), 20).await.unwrap().version, 1);

    // Timeliness counts from the first submission of each report: the
    // resubmission after a return does not move it, drafts do not count.
    let mut firsts: Vec<(i64, String, i64, u8)> = store
        .submissions(plan.plan_id, plan.version)
        .await
        .unwrap()
        .into_iter()
        .map(|s| (s.assignment_id, s.period, s.first_at, s.reported.percent))
        .collect();
    firsts.sort();
    let mut expected = vec![(id, "2026-11".to_string(), 12, 30), (partner_id, "2026-11".to_string(), 31, 30)];
    expected.sort();
    assert_eq!(firsts, expected);

    // A plan's reporting cycle is set, read back and replaced; every report
    // step and cycle change raises the plan's stamp.
    use duban_core::{Cadence, Cycle, NaiveDate};
    let stamp = store.reports_stamp(plan.plan_id).await.unwrap();
    assert_eq!(stamp, 8, "five steps on one report, two on the partner's, one on another period");
    assert!(matches!(store.reports_stamp(987_654).await, Err(StoreError::NotFound(_))));
    assert_eq!(store.cycle(plan.plan_id).await.unwrap(), None);
    let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let monthly = Cycle::new(Cadence::Monthly, 5, start, &[]).unwrap();
    store.set_cycle(plan.plan_id, &monthly, "duban", 40).await.unwrap();
    let calls = Cycle::parse_calls("2026-12-15,2027-03-31").unwrap();
    let ad_hoc = Cycle::new(Cadence::AdHoc, 1, start, &calls).unwrap();
    store.set_cycle(plan.plan_id, &ad_hoc, "chief", 41).await.unwrap();
    assert_eq!(store.reports_stamp(plan.plan_id).await.unwrap(), stamp + 2);
    let setting = store.cycle(plan.plan_id).await.unwrap().unwrap();
    assert!(store.cycles().await.unwrap().contains(&(plan.plan_id, setting.clone())));
    let own: Vec<(i64, String, i64)> = store
        .department_submissions("省编办")
        .await
        .unwrap()
        .into_iter()
        .map(|s| (s.assignment_id, s.period, s.first_at))
        .collect();
    assert_eq!(own, [(id, "2026-11".to_string(), 12)], "the department's own, not its partner's");
    assert_eq!((setting.cycle, setting.set_by.as_str(), setting.set_at), (ad_hoc, "chief", 41));
    assert!(matches!(store.set_cycle(987_654, &monthly, "duban", 42).await, Err(StoreError::NotFound(_))));

    // Evidence files: attached while the report is the department's to
    // change, once per content, each content stored once.
    use duban_core::Evidence;
    let minutes = Evidence::new("会议纪要.pdf", b"%PDF-1.7 minutes".to_vec(), 1).unwrap();
    let accepted_period = store.attach(id, &period, "省编办", "bianban", &minutes, 50).await;
    assert!(matches!(accepted_period, Err(StoreError::Conflict(_))), "2026-11 was accepted");
    let first = store.attach(id, &q4, "省编办", "bianban", &minutes, 51).await.unwrap();
    assert_eq!((first.after_version, first.size, first.sha256.as_str()), (1, 16, minutes.sha256()));
    assert!(matches!(store.attach(id, &q4, "省编办", "bianban", &minutes, 52).await, Err(StoreError::Conflict(_))));
    assert!(matches!(store.attach(id, &q4, "省公安厅", "gat", &minutes, 52).await, Err(StoreError::NotFound(_))));
    let photo = Evidence::new("现场.png", b"\x89PNG\r\n\x1a\nphoto".to_vec(), 1).unwrap();
    store.attach(id, &q4, "省编办", "bianban", &photo, 53).await.unwrap();
    // The partner attaches the same minutes to its own report: shared content.
    let them_q4 = store.attach(partner_id, &q4, partner.as_str(), "partner", &minutes, 54).await.unwrap();
    let (meta, content) = store.attachment(them_q4.id).await.unwrap();
    assert_eq!((meta, content.as_slice()), (them_q4, minutes.bytes()));
    let listed = store.attachments(id).await.unwrap();
    assert_eq!(listed.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["会议纪要.pdf", "现场.png"]);
    assert!(matches!(store.attachment(987_654).await, Err(StoreError::NotFound(_))));

    // Re-importing the plan carries acknowledgements and reports to the
    // unchanged measure; a measure whose text changed starts afresh.
    store.acknowledge(id, "省编办", "bianban", "", 21).await.unwrap();
    let text = store.item(item).await.unwrap().item.text;
    let mut revised = parsed.clone();
    let changed = &mut revised.plan.items[0].children[0].children[1];
    // Its department reports on it before the revision.
    let changed_org = changed.assignments[0].org.to_string();
    let before_change = store
        .workspace(&changed_org, Page::first(500))
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|e| e.plan_id == plan.plan_id && e.text == changed.text)
        .expect("the changed measure's assignment")
        .assignment_id;
    let its = Reporter::Department { login: "other", org: changed_org.as_str() };
    store.report_step(before_change, &period, 0, its, &ReportStep::Save(body("修订前")), 22).await.unwrap();
    let changed_text = format!("{}（修订）", changed.text);
    changed.text = changed_text.clone();
    let steps_logged =
        |log: Vec<duban_store::AuditEvent>| log.iter().filter(|e| e.action.starts_with("report-")).count();
    let before = steps_logged(store.audit_log(Page::first(500)).await.unwrap().items);
    let again = store.import_plan("报告用分工表", "seed-v2.txt", &revised, true).await.unwrap();
    let after = steps_logged(store.audit_log(Page::first(500)).await.unwrap().items);
    assert_eq!(before, after, "carried copies are not steps");
    assert_eq!(again.version, 2);
    let latest = store.workspace("省编办", Page::first(500)).await.unwrap().items;
    let moved = latest.iter().find(|e| e.plan_id == plan.plan_id && e.text == text).unwrap();
    assert_ne!(moved.assignment_id, id);
    assert_eq!(moved.acknowledged, Some(("bianban".to_string(), 21)));
    assert_eq!(store.reports(moved.assignment_id, true).await.unwrap(), {
        let mut old = store.reports(id, true).await.unwrap();
        for r in &mut old {
            r.assignment_id = moved.assignment_id;
        }
        old
    });
    assert!(!store.reports(id, true).await.unwrap().is_empty(), "the old version keeps its own");
    let carried = store.attachments(moved.assignment_id).await.unwrap();
    assert_eq!(
        carried.iter().map(|a| (&a.name, &a.sha256)).collect::<Vec<_>>(),
        listed.iter().map(|a| (&a.name, &a.sha256)).collect::<Vec<_>>()
    );
    assert_eq!(store.attachments(id).await.unwrap(), listed, "the old version keeps its attachments");
    let fresh = store
        .workspace(&changed_org, Page::first(500))
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|e| e.plan_id == plan.plan_id && e.text == changed_text)
        .expect("the revised measure's assignment");
    assert!(store.reports(fresh.assignment_id, true).await.unwrap().is_empty(), "a changed measure starts afresh");
    assert_eq!(store.reports(before_change, true).await.unwrap().len(), 1);
}

/// API tokens: known by their hash, live until revoked, listed with
/// their use; another account cannot revoke them.
async fn tokens(store: &impl Store) {
    let login = duban_core::Login::parse("zhangsan").unwrap();
    let new = duban_store::NewUser {
        login: &login,
        name: "张三",
        role: duban_core::AccountRole::Viewer,
        org: None,
        email: None,
        password_hash: "$argon2id$placeholder-for-the-store",
        now: 100,
    };
    store.create_user(&new).await.unwrap();
    let token = store.create_token("zhangsan", "数据对接", "hash-one", 500).await.unwrap();
    assert_eq!(token.login, "zhangsan");
    let user = store.token_user("hash-one", 600).await.unwrap().expect("a live token");
    assert_eq!(user.login, "zhangsan");
    assert!(store.token_user("hash-unknown", 600).await.unwrap().is_none());
    assert_eq!(store.tokens("zhangsan").await.unwrap()[0].last_used, Some(600));
    assert!(matches!(store.create_token("nobody", "x", "hash-two", 500).await, Err(StoreError::NotFound(_))));
    assert!(matches!(store.revoke_token("someone-else", token.id, 700).await, Err(StoreError::NotFound(_))));
    store.revoke_token("zhangsan", token.id, 700).await.unwrap();
    assert!(store.token_user("hash-one", 800).await.unwrap().is_none(), "revoked");
    assert_eq!(store.tokens("zhangsan").await.unwrap()[0].revoked_at, Some(700));
    assert!(matches!(store.revoke_token("zhangsan", token.id, 900).await, Err(StoreError::NotFound(_))));
}

/// One instance leads a job at a time: a second try fails while the lead
/// is held, and succeeds once it is released.
async fn leadership(store: &impl Store) {
    let job = duban_store::jobs::REMINDERS;
    let lead = store.try_lead(job, 100).await.unwrap().expect("nobody leads yet");
    assert!(store.try_lead(job, 101).await.unwrap().is_none(), "held by the first");
    let other = store.try_lead(job + 1, 101).await.unwrap().expect("another job is free");
    store.release(lead).await.unwrap();
    let again = store.try_lead(job, 102).await.unwrap().expect("free after release");
    store.release(again).await.unwrap();
    store.release(other).await.unwrap();
}

/// The outbox: a key is queued once; in-app messages land in the inbox;
/// e-mail is claimed by one sender, retried after a failure, then sent.
async fn outbox(store: &impl Store) {
    use duban_store::{Channel, NewMessage};
    let message = |key: &str, channel: Channel, to: &str| NewMessage {
        key: key.into(),
        channel,
        recipient: to.into(),
        subject: "任务即将到期".into(),
        body: "请按时完成".into(),
    };
    let batch =
        [message("due:1:inapp:a", Channel::InApp, "a"), message("due:1:email:a", Channel::Email, "a@example.org")];
    assert_eq!(store.enqueue(&batch, 100).await.unwrap(), 2);
    assert_eq!(store.enqueue(&batch, 101).await.unwrap(), 0, "never queued twice");
    let inbox = store.inbox("a", Page::first(10)).await.unwrap().items;
    assert_eq!((inbox.len(), inbox[0].subject.as_str()), (1, "任务即将到期"));

    let claimed = store.claim_due(100, 10).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!((claimed[0].channel, claimed[0].attempts), (Channel::Email, 1));
    assert!(store.claim_due(100, 10).await.unwrap().is_empty(), "claimed once");
    store.sent(claimed[0].id, Err("connection refused".into()), 100, Some(160)).await.unwrap();
    assert!(store.claim_due(150, 10).await.unwrap().is_empty(), "not before the retry time");
    assert_eq!(store.failed_messages(Page::first(10)).await.unwrap().items.len(), 1, "a retry is visible to admins");
    let again = store.claim_due(160, 10).await.unwrap();
    assert_eq!(again[0].attempts, 2);
    store.sent(again[0].id, Ok(()), 161, None).await.unwrap();
    assert!(store.claim_due(1_000, 10).await.unwrap().is_empty());
    assert!(store.failed_messages(Page::first(10)).await.unwrap().items.is_empty());

    store.enqueue(&[message("x:email", Channel::Email, "b@example.org")], 200).await.unwrap();
    let x = store.claim_due(200, 10).await.unwrap();
    store.sent(x[0].id, Err("550 no such user".into()), 200, None).await.unwrap();
    let failed = store.failed_messages(Page::first(10)).await.unwrap().items;
    assert_eq!((failed[0].state.as_str(), failed[0].last_error.as_deref()), ("failed", Some("550 no such user")));

    store.set_email("wang.wu", Some("wangwu@example.org")).await.unwrap();
    assert_eq!(store.user("wang.wu").await.unwrap().unwrap().email.as_deref(), Some("wangwu@example.org"));
    assert!(matches!(store.set_email("nobody", None).await, Err(StoreError::NotFound(_))));
}

#[tokio::test]
async fn sqlite_tells_the_story() {
    let dir = std::env::temp_dir().join(format!("duban-store-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("conformance.db");
    let _ = std::fs::remove_file(&path);
    let store = SqliteStore::connect(&format!("sqlite://{}", path.display())).await.unwrap();
    story(&store).await;
    accounts(&store).await;
    reports(&store).await;
    leadership(&store).await;
    tokens(&store).await;
    outbox(&store).await;
    // A lease whose holder died (never released) expires.
    use duban_store::Leader;
    let job = duban_store::jobs::REMINDERS;
    let _abandoned = store.try_lead(job, 1_000).await.unwrap().expect("free");
    assert!(store.try_lead(job, 1_000 + 60).await.unwrap().is_none());
    assert!(store.try_lead(job, 1_000 + 16 * 60).await.unwrap().is_some(), "expired after 15 minutes");
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn postgres_tells_the_story() {
    let Some(db) = duban_store_tests::TestDatabase::create("duban_test").await else { return };
    let store = PostgresStore::connect(&db.url).await.unwrap();
    story(&store).await;
    accounts(&store).await;
    reports(&store).await;
    leadership(&store).await;
    tokens(&store).await;
    outbox(&store).await;
    drop(store);
    db.drop_database().await;
}
