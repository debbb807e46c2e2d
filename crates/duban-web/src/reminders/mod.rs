//! Reminders and urging. Each run looks at every assignment of every
//! published plan and queues, through the outbox, what its rule calls for:
//!
//! - **due soon** (the deadline within `days_before` days, not done): the
//!   department's liaisons, in-app and by e-mail;
//! - **overdue** (past the deadline, not done): the department's liaisons,
//!   and, escalated, the supervisors, in-app and by e-mail, and every
//!   configured webhook (generic JSON, WeCom or DingTalk group robots).
//!
//! Every report step's in-app notice is written by the database with the
//! step (see migration 0016); each run here adds its e-mail copy for
//! accounts with an address.
//!
//! With a reporting cycle set on the plan, the same goes for its reports:
//!
//! - **report due soon** (the report being written now is due within
//!   `days_before` days and not yet submitted): the department's liaisons;
//! - **report overdue** (the newest report owed was not submitted by its
//!   due day): the department's liaisons; and, escalated, one digest per
//!   plan and period naming the late departments to the supervisors and the
//!   webhooks.
//!
//! On a timer ([`spawn`]) one server instance computes what is due while
//! it holds the lead of the job (`duban_store::Leader`: a PostgreSQL
//! advisory lock, or a lease row on SQLite); the others skip that step.
//!
//! A message's key names the rule, the assignment, the deadline, the
//! channel and the recipient, so it is queued once however often the rule
//! runs and on however many server instances. Then queued e-mail and
//! webhook messages are sent; a failure is retried after 2, 4, 8… minutes
//! and given up after [`MAX_ATTEMPTS`], visible to admins at /admin/outbox.
//! `today` and `now` are handed in, so tests move the clock.

mod send;

pub use send::send;

use duban_core::{AccountRole, NaiveDate};
use duban_store::{Channel, NewMessage, Page, Store, StoreError};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Sending attempts before a message is given up.
pub const MAX_ATTEMPTS: i64 = 5;

/// An SMTP relay: plain (as many intranet relays are), STARTTLS or
/// implicit TLS, with or without a login.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    pub host: String,
    #[serde(default = "default_port")]
    pub port: u16,
    /// The sender address.
    pub from: String,
    #[serde(default)]
    pub tls: SmtpTls,
    /// A login for relays that ask for one (with `password`).
    pub username: Option<String>,
    pub password: Option<String>,
}

/// How the SMTP connection is protected. With TLS the relay's certificate
/// is checked against the system's roots and `ca_file`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    /// Plain SMTP (port 25 on an intranet).
    #[default]
    None,
    /// Plain, then upgraded with STARTTLS, which the relay must offer (587).
    Starttls,
    /// TLS from the first byte (465).
    Tls,
}

fn default_port() -> u16 {
    25
}

/// The message format a webhook expects.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WebhookKind {
    /// `{"source":"duban","subject":…,"body":…}`.
    #[default]
    Json,
    /// WeCom (企业微信) group robot: `{"msgtype":"text","text":{"content":…}}`.
    Wecom,
    /// DingTalk (钉钉) group robot: the same text message shape.
    Dingtalk,
}

/// A webhook: an `http://` or `https://` URL (WeCom and DingTalk robots
/// are https only).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Webhook {
    pub url: String,
    #[serde(default)]
    pub kind: WebhookKind,
}

/// How reminders run (the `[reminders]` table of the config).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReminderSettings {
    pub enabled: bool,
    /// Days before a deadline when the department is reminded.
    pub days_before: i64,
    /// Seconds between runs.
    pub interval_secs: u64,
    pub smtp: Option<Smtp>,
    pub webhooks: Vec<Webhook>,
    /// A PEM file of the CA certificates that https webhooks are checked
    /// against (an intranet's own CA); without it, the system's roots.
    pub ca_file: Option<std::path::PathBuf>,
}

impl Default for ReminderSettings {
    fn default() -> ReminderSettings {
        ReminderSettings {
            enabled: true,
            days_before: 7,
            interval_secs: 300,
            smtp: None,
            webhooks: Vec::new(),
            ca_file: None,
        }
    }
}

/// Queues what the rules call for on `today`; returns how many messages
/// were new.
pub async fn queue<S: Store>(
    store: &S,
    settings: &ReminderSettings,
    today: NaiveDate,
    now: i64,
) -> Result<usize, StoreError> {
    let users = store.users().await?;
    let liaisons = |org: &str| -> Vec<&duban_store::User> {
        users
            .iter()
            .filter(|u| !u.disabled && u.role == AccountRole::Liaison && u.org.as_deref() == Some(org))
            .collect()
    };
    let supervisors: Vec<_> = users.iter().filter(|u| !u.disabled && u.role == AccountRole::Supervisor).collect();
    let mut messages = Vec::new();
    let mut page = Page::first(Page::MAX);
    loop {
        let plans = store.plans(page).await?;
        for plan in plans.items.iter().filter(|p| p.published) {
            // Measure texts are read only for the assignments a rule fires on.
            let mut texts: BTreeMap<i64, String> = BTreeMap::new();
            let horizon = (today + chrono_days(settings.days_before)).to_string();
            let statuses = store.statuses(plan.id, plan.version, None).await?;
            report_rules(store, settings, plan, &statuses, today, &liaisons, &supervisors, &mut messages).await?;
            for s in statuses.into_iter().filter(|s| s.due.as_deref().is_some_and(|d| d <= horizon.as_str())) {
                let Some(due) = s.due.as_deref().and_then(crate::clock::day) else { continue };
                if s.reported.is_some_and(|r| r.progress == duban_core::Progress::Done || r.percent >= 100) {
                    continue;
                }
                let days_left = (due - today).num_days();
                let overdue = days_left < 0;
                if !overdue && days_left > settings.days_before {
                    continue;
                }
                let rule = if overdue { "overdue" } else { "due-soon" };
                if let std::collections::btree_map::Entry::Vacant(slot) = texts.entry(s.item_id) {
                    slot.insert(store.item(s.item_id).await?.item.text);
                }
                let text = texts.get(&s.item_id).cloned().unwrap_or_default();
                let subject = if overdue {
                    format!("【督办催办】{}：一项任务已逾期", s.org)
                } else {
                    format!("【督办提醒】{}：一项任务 {} 天后到期", s.org, days_left)
                };
                let body = format!(
                    "分工表：{}\n任务：{}\n责任部门：{}\n完成时限：{}\n请登录督办系统报送进展：/assignments/{}",
                    plan.title, text, s.org, due, s.assignment_id
                );
                let mut to = |channel: Channel, recipient: &str| {
                    messages.push(NewMessage {
                        key: format!("{rule}:{}:{due}:{}:{recipient}", s.assignment_id, channel.as_str()),
                        channel,
                        recipient: recipient.to_string(),
                        subject: subject.clone(),
                        body: body.clone(),
                    })
                };
                let escalate: Vec<_> = if overdue { supervisors.clone() } else { Vec::new() };
                for u in liaisons(&s.org).into_iter().chain(escalate) {
                    to(Channel::InApp, &u.login);
                    if let (Some(email), Some(_)) = (&u.email, &settings.smtp) {
                        to(Channel::Email, email);
                    }
                }
                if overdue {
                    for hook in &settings.webhooks {
                        to(Channel::Webhook, &hook.url);
                    }
                }
            }
        }
        match plans.next {
            Some(after) => page = Page::after(Some(after), Page::MAX),
            None => break,
        }
    }
    mail_step_notices(store, settings, &users, now, &mut messages).await?;
    store.enqueue(&messages, now).await
}

/// Queues the reminders of the plan's report slots (see the module
/// documentation).
#[allow(clippy::too_many_arguments)]
async fn report_rules<'u, S: Store>(
    store: &S,
    settings: &ReminderSettings,
    plan: &duban_store::PlanSummary,
    statuses: &[duban_store::AssignmentStatus],
    today: NaiveDate,
    liaisons: &(dyn Fn(&str) -> Vec<&'u duban_store::User> + Sync),
    supervisors: &[&'u duban_store::User],
    messages: &mut Vec<NewMessage>,
) -> Result<(), StoreError> {
    use duban_core::SlotState;
    let Some(slots) = crate::reporting::plan_slots(store, plan.id, plan.version, statuses, today).await? else {
        return Ok(());
    };
    // The late departments of each period, for the supervisors' digest.
    let mut late: BTreeMap<(String, NaiveDate), std::collections::BTreeSet<String>> = BTreeMap::new();
    for a in &slots.assignments {
        let due_soon = a
            .slots
            .last()
            .filter(|(slot, state)| *state == SlotState::Open && (slot.due - today).num_days() <= settings.days_before);
        let overdue = a.slots.iter().rev().find(|(_, state)| *state == SlotState::Missing);
        // Only the newest missing report is chased; older ones were chased in their time.
        let overdue = overdue.filter(|(slot, _)| a.slots.iter().all(|(s, _)| s.due <= slot.due || s.due > today));
        for (rule, (slot, _)) in [("report-due-soon", due_soon), ("report-overdue", overdue)]
            .into_iter()
            .filter_map(|(rule, found)| Some((rule, found?)))
        {
            let subject = if rule == "report-overdue" {
                late.entry((slot.period.to_string(), slot.due)).or_default().insert(a.org.clone());
                format!("【督办催办】{}：{} 期进展报告逾期未报送", a.org, slot.period)
            } else {
                format!("【督办提醒】{}：{} 期进展报告请于 {} 前报送", a.org, slot.period, slot.due)
            };
            let body = format!(
                "分工表：{}\n报送期：{}（{}前报送）\n责任部门：{}\n请登录督办系统报送进展：/assignments/{}?period={}",
                plan.title, slot.period, slot.due, a.org, a.assignment_id, slot.period
            );
            for u in liaisons(&a.org) {
                let mut to = |channel: Channel, recipient: &str| {
                    messages.push(NewMessage {
                        key: format!("{rule}:{}:{}:{}:{recipient}", a.assignment_id, slot.period, channel.as_str()),
                        channel,
                        recipient: recipient.to_string(),
                        subject: subject.clone(),
                        body: body.clone(),
                    })
                };
                to(Channel::InApp, &u.login);
                if let (Some(email), Some(_)) = (&u.email, &settings.smtp) {
                    to(Channel::Email, email);
                }
            }
        }
    }
    for ((period, due), orgs) in late {
        let subject = format!("【督办催办】《{}》{} 期进展报告：{} 个部门逾期未报送", plan.title, period, orgs.len());
        let names: Vec<&str> = orgs.iter().map(String::as_str).collect();
        let body = format!(
            "分工表：{}\n报送期：{}（{}前报送）\n逾期未报送的部门：{}\n看板：/plans/{}/dashboard",
            plan.title,
            period,
            due,
            names.join("、"),
            plan.id
        );
        let mut to = |channel: Channel, recipient: &str| {
            messages.push(NewMessage {
                key: format!("report-digest:{}:{period}:{}:{recipient}", plan.id, channel.as_str()),
                channel,
                recipient: recipient.to_string(),
                subject: subject.clone(),
                body: body.clone(),
            })
        };
        for u in supervisors {
            to(Channel::InApp, &u.login);
            if let (Some(email), Some(_)) = (&u.email, &settings.smtp) {
                to(Channel::Email, email);
            }
        }
        for hook in &settings.webhooks {
            to(Channel::Webhook, &hook.url);
        }
    }
    Ok(())
}

/// The accounts a notice about an assignment goes to: the liaisons of its
/// department (or of the departments carrying on for it).
fn liaisons_of<'u>(users: &'u [duban_store::User], info: &duban_store::AssignmentInfo) -> Vec<&'u duban_store::User> {
    users
        .iter()
        .filter(|u| {
            !u.disabled && u.role == AccountRole::Liaison && u.org.as_deref().is_some_and(|o| info.belongs_to(o))
        })
        .collect()
}

/// Queues a message to each account, in-app and, when SMTP is set and the
/// account has an address, by e-mail; `key` names the event (the channel
/// and recipient are added), so the same event is never queued twice.
async fn notify_accounts<S: Store>(
    store: &S,
    settings: &ReminderSettings,
    to: &[&duban_store::User],
    key: &str,
    subject: &str,
    body: &str,
    now: i64,
) -> Result<usize, StoreError> {
    let mut messages = Vec::new();
    for u in to {
        let mut add = |channel: Channel, recipient: &str| {
            messages.push(NewMessage {
                key: format!("{key}:{}:{recipient}", channel.as_str()),
                channel,
                recipient: recipient.to_string(),
                subject: subject.to_string(),
                body: body.to_string(),
            })
        };
        add(Channel::InApp, &u.login);
        if let (Some(email), Some(_)) = (&u.email, &settings.smtp) {
            add(Channel::Email, email);
        }
    }
    store.enqueue(&messages, now).await
}

/// E-mail copies of the notices of report steps that the database wrote
/// in-app with each step (migration 0016) in the last `days` days, for
/// the accounts with an address, when SMTP is set; keyed like the notice,
/// so each is queued once.
async fn mail_step_notices<S: Store>(
    store: &S,
    settings: &ReminderSettings,
    users: &[duban_store::User],
    now: i64,
    messages: &mut Vec<NewMessage>,
) -> Result<(), StoreError> {
    if settings.smtp.is_none() {
        return Ok(());
    }
    for notice in store.recent_notices("step:", now - 7 * 86_400).await? {
        let Some(email) =
            users.iter().find(|u| u.login == notice.recipient && !u.disabled).and_then(|u| u.email.as_deref())
        else {
            continue;
        };
        let event = notice.key.split(":inapp:").next().unwrap_or(&notice.key);
        messages.push(NewMessage {
            key: format!("{event}:email:{email}"),
            channel: Channel::Email,
            recipient: email.to_string(),
            subject: notice.subject.clone(),
            body: notice.body.clone(),
        });
    }
    Ok(())
}

/// Urges (催办) the department of an assignment at once, in-app and by
/// e-mail, with the office's words. Two urgings within the same minute are
/// one (a double click). Returns how many messages were queued.
pub async fn urge<S: Store>(
    store: &S,
    settings: &ReminderSettings,
    assignment_id: i64,
    words: &str,
    by: &str,
    now: i64,
) -> Result<usize, StoreError> {
    let info = store.assignment(assignment_id).await?;
    let item = store.item(info.item_id).await?;
    let users = store.users().await?;
    let to = liaisons_of(&users, &info);
    let subject = format!("【督办催办】{}：请抓紧推进并报送进展", info.org);
    let words = if words.trim().is_empty() { String::new() } else { format!("\n督办意见：{}", words.trim()) };
    let body = format!(
        "任务：{}\n部门：{}{words}\n催办人：{by}\n报送进展：/assignments/{assignment_id}",
        item.item.text, info.org
    );
    let key = format!("urge:{assignment_id}:{}", now / 60);
    notify_accounts(store, settings, &to, &key, &subject, &body, now).await
}

/// One run: [`queue`] if this instance takes the lead of the job (another
/// instance leading skips it: `None`), then [`send`] on every instance
/// (the claims hand each message to one sender). Returns (queued, sent).
pub async fn run_once<S: Store>(
    store: &S,
    settings: &ReminderSettings,
    today: NaiveDate,
    now: i64,
) -> Result<(Option<usize>, usize), StoreError> {
    let queued = match store.try_lead(duban_store::jobs::REMINDERS, now).await? {
        Some(lead) => {
            let queued = queue(store, settings, today, now).await;
            // Released whether or not the run went well.
            store.release(lead).await?;
            Some(queued?)
        }
        None => None,
    };
    Ok((queued, send(store, settings, now).await?))
}

/// Runs [`run_once`] every `interval_secs` until the process ends.
pub fn spawn<S: Store>(store: Arc<S>, settings: ReminderSettings) {
    if !settings.enabled {
        return;
    }
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(settings.interval_secs.max(10)));
        loop {
            tick.tick().await;
            if let Err(e) = run_once(store.as_ref(), &settings, crate::clock::today(), crate::clock::now()).await {
                eprintln!("duban-web: reminders: {e}");
            }
        }
    });
}

fn chrono_days(days: i64) -> duban_core::Days {
    duban_core::Days::new(u64::try_from(days).unwrap_or(0))
}
