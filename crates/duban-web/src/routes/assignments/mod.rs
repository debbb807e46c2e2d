//! One assignment: acknowledgement (签收) and progress reports. A
//! department's liaison signs for an assignment of the department once,
//! and reports on it per period (draft, submit; revise when returned); the
//! supervising office returns or accepts. The store checks that the
//! assignment is the department's (or a predecessor's), in a published
//! version, and that nobody saved in between.

use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::policy::{self, Action};
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
mod api;
mod evidence;

pub use api::{list as reports_api, step as report_api};
pub use evidence::{attach, download};

use duban_core::{Filed, Period, Progress, ReportBody, ReportState};
use duban_store::{AssignmentInfo, ReportStep, ReportVersion, Reporter, Store, StoreError};

#[derive(Debug, Default, serde::Deserialize)]
pub struct AckForm {
    #[serde(default)]
    pub note: String,
}

/// Signs for the assignment as the account's department; the account's
/// login and the time are recorded, and the audit log says so.
async fn sign<S: Store>(state: &AppState<S>, tr: &Tr, id: &str, note: &str) -> Result<String, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("编号应为数字"))?;
    let Some(me) = tr.me.as_ref() else { return Err(WebError::unauthorized()) };
    let Some(org) = me.org.as_deref() else {
        return Err(WebError::bad_request("账户没有所属部门，不能签收"));
    };
    state.store.acknowledge(id, org, &me.login, note, crate::clock::now()).await?;
    crate::auth::audit(state.store.as_ref(), Some(&me.login), "acknowledge", &format!("assignment {id}"), note, None)
        .await;
    Ok(org.to_string())
}

/// `POST /assignments/{id}/acknowledge` from the workspace page.
pub async fn acknowledge<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<AckForm>,
) -> Result<Response, WebError> {
    let org = sign(&state, &tr, &id, &form.note).await?;
    let path = serde_urlencoded::to_string([("", org.as_str())]).unwrap_or_default();
    // `=…` is the encoded name; a path segment wants %20 rather than +.
    let segment = path.trim_start_matches('=').replace('+', "%20");
    Ok(Redirect::to(&format!("/departments/{segment}#assignment-{id}")).into_response())
}

/// `POST /api/v1/assignments/{id}/acknowledge` with an optional JSON `{"note": …}`.
pub async fn acknowledge_api<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Result<Json<serde_json::Value>, WebError> {
    let form: AckForm = if body.is_empty() {
        AckForm::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| WebError::bad_request(format!("请求体有误：{e}")).api())?
    };
    sign(&state, &tr, &id, &form.note).await.map_err(WebError::api)?;
    Ok(Json(serde_json::json!({"assignment_id": id.parse::<i64>().unwrap_or_default(), "acknowledged": true})))
}

/// One period's report: its newest version and the ones before.
pub struct PeriodReports {
    pub period: String,
    pub latest: ReportVersion,
    pub earlier: Vec<ReportVersion>,
}

/// What the department's form shows: the newest editable text of the
/// period, or what was typed into a refused submission.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub expected: i64,
    #[serde(default)]
    pub progress: String,
    #[serde(default)]
    pub percent: String,
    #[serde(default)]
    pub done: String,
    #[serde(default)]
    pub problems: String,
    #[serde(default)]
    pub next_steps: String,
    /// `save`, `submit` (department); `return`, `accept` (office).
    #[serde(default)]
    pub step: String,
    #[serde(default)]
    pub comment: String,
}

#[derive(Template)]
#[template(path = "assignments/show.html")]
struct ShowPage {
    tr: Tr,
    info: AssignmentInfo,
    item: duban_store::ItemDetail,
    periods: Vec<PeriodReports>,
    /// The signed-in account writes this department's reports.
    department: bool,
    /// The signed-in account reviews reports.
    office: bool,
    form: ReportForm,
    error: String,
    /// The other departments' newest report per period on the same measure.
    siblings: Vec<(AssignmentInfo, ReportVersion)>,
    /// The plan's reporting cycle in words, and the slots this assignment
    /// owes under it, newest first.
    cycle: Option<String>,
    slots: Vec<(duban_core::Slot, duban_core::SlotState)>,
    /// The evidence files the reader may see.
    attachments: Vec<duban_store::Attachment>,
    /// The accepted file types, for the upload form.
    accept: String,
    /// What was just done (an urging), said at the top.
    notice: String,
}

impl ShowPage {
    fn when(at: &i64) -> String {
        duban_core::DateTime::from_timestamp(*at, 0).map(|t| t.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default()
    }

    /// Whether the department's form is shown: the period of the form is
    /// still the department's to change (new, a draft, or returned).
    fn can_write(&self) -> bool {
        self.department
            && self.periods.iter().find(|p| p.period == self.form.period).is_none_or(|p| p.latest.state.editable())
    }

    fn attachments_of(&self, period: &str) -> Vec<&duban_store::Attachment> {
        self.attachments.iter().filter(|a| a.period == period).collect()
    }

    fn size(bytes: &i64) -> String {
        if *bytes < 1024 * 1024 {
            format!("{:.1} KB", *bytes as f64 / 1024.0)
        } else {
            format!("{:.1} MB", *bytes as f64 / (1024.0 * 1024.0))
        }
    }

    fn progress_options(&self) -> Vec<(&'static str, &'static str, bool)> {
        Progress::ALL.iter().map(|p| (p.as_str(), p.label_zh(), p.as_str() == self.form.progress)).collect()
    }
}

/// The form's starting point for a period: its newest version's text.
fn form_for(periods: &[PeriodReports], period: &str) -> ReportForm {
    let current = periods.iter().find(|p| p.period == period).map(|p| &p.latest);
    ReportForm {
        period: period.to_string(),
        expected: current.map_or(0, |c| c.version),
        progress: current.map_or(Progress::OnTrack.as_str(), |c| c.body.progress.as_str()).to_string(),
        percent: current.map_or(0, |c| c.body.percent).to_string(),
        done: current.map(|c| c.body.done.clone()).unwrap_or_default(),
        problems: current.map(|c| c.body.problems.clone()).unwrap_or_default(),
        next_steps: current.map(|c| c.body.next_steps.clone()).unwrap_or_default(),
        ..ReportForm::default()
    }
}

fn this_month() -> String {
    duban_core::DateTime::from_timestamp(crate::clock::now(), 0)
        .map(|t| t.format("%Y-%m").to_string())
        .unwrap_or_default()
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ShowParams {
    #[serde(default)]
    pub period: String,
    /// After an urging: how many messages went out.
    #[serde(default)]
    pub urged: Option<usize>,
}

/// What the department's form starts from.
pub(super) enum Start {
    /// The newest text of a period (this month when empty).
    Period(String),
    /// What was typed into a refused submission.
    Typed(ReportForm),
    /// A period, with a notice of what was just done (an urging; empty:
    /// nothing to say).
    Notice(String, String),
}

pub(super) async fn page<S: Store>(
    state: &AppState<S>,
    tr: Tr,
    id: i64,
    start: Start,
    error: String,
) -> Result<Html<String>, WebError> {
    let info = state.store.assignment(id).await?;
    let item = state.store.item(info.item_id).await?;
    if !item.plan.published && !tr.manages_plans() {
        return Err(WebError::not_found("这份分工表尚未发布"));
    }
    let department = tr.me.as_ref().and_then(|m| m.org.as_deref()).is_some_and(|org| info.belongs_to(org))
        && policy::allows(tr.me.as_ref().map(|m| m.role), Action::Report);
    let office = policy::allows(tr.me.as_ref().map(|m| m.role), Action::Review);
    let mut periods: Vec<PeriodReports> = Vec::new();
    for r in state.store.reports(id, department).await? {
        match periods.iter_mut().find(|p| p.period == r.period) {
            Some(p) => p.earlier.push(r),
            None => periods.push(PeriodReports { period: r.period.clone(), latest: r, earlier: Vec::new() }),
        }
    }
    let today = crate::clock::today();
    let setting = state.store.cycle(info.plan_id).await?;
    let slots: Vec<(duban_core::Slot, duban_core::SlotState)> = match &setting {
        Some(s) => {
            let all = s.cycle.slots(today);
            let filed = |p: &Period| {
                let reports = periods.iter().find(|r| r.period == p.as_str())?;
                let versions = std::iter::once(&reports.latest).chain(&reports.earlier);
                let first = versions.filter(|v| v.state == ReportState::Submitted).map(|v| v.at).min()?;
                let newest =
                    std::iter::once(&reports.latest).chain(&reports.earlier).find(|v| v.state != ReportState::Draft)?;
                let reported = duban_core::Reported { progress: newest.body.progress, percent: newest.body.percent };
                Some(Filed { on: crate::reporting::date_of(first), done: crate::reporting::says_done(reported) })
            };
            duban_core::owed(&all, filed, today).into_iter().rev().map(|(slot, st)| (slot.clone(), st)).collect()
        }
        None => Vec::new(),
    };
    // Without a period asked for, the form opens on the report being
    // written now: the cycle's open slot, else this month.
    let current = slots.first().map_or_else(this_month, |(slot, _)| slot.period.to_string());
    let opening = |period: &str| form_for(&periods, if period.is_empty() { &current } else { period });
    let (form, notice) = match start {
        Start::Typed(form) => (form, String::new()),
        Start::Period(period) => (opening(&period), String::new()),
        Start::Notice(period, notice) => (opening(&period), notice),
    };
    // Newest first: keep the first seen of each (department, period).
    let mut siblings: Vec<(AssignmentInfo, ReportVersion)> = Vec::new();
    for (a, r) in state.store.sibling_reports(id).await? {
        if !siblings.iter().any(|(b, s)| b.id == a.id && s.period == r.period) {
            siblings.push((a, r));
        }
    }
    let cycle = setting.map(|s| s.cycle.describe_zh());
    // Others see the files of a report once it is more than a draft.
    let attachments = state
        .store
        .attachments(id)
        .await?
        .into_iter()
        .filter(|a| department || periods.iter().any(|p| p.period == a.period))
        .collect();
    let accept = duban_core::evidence_extensions().iter().map(|e| format!(".{e}")).collect::<Vec<_>>().join(",");
    render(ShowPage {
        tr,
        info,
        item,
        periods,
        department,
        office,
        form,
        error,
        siblings,
        cycle,
        slots,
        attachments,
        accept,
        notice,
    })
}

/// `GET /assignments/{id}[?period=]`: the measure, its department and its reports.
pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    QueryOf(p): PageQuery<ShowParams>,
) -> Result<Html<String>, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("编号应为数字"))?;
    // The page says how an urging went, where errors are said.
    let said = match p.urged {
        Some(0) => "已催办，但这个部门还没有联络员账户，没有人收到。".to_string(),
        Some(n) => format!("已催办：发出 {n} 条消息。"),
        None => String::new(),
    };
    page(&state, tr, id, Start::Notice(p.period, said), String::new()).await
}

/// `POST /assignments/{id}/reports`: a step of a report, by the department
/// (save, submit) or the office (return, accept). A refused step shows the
/// page again with what was typed and why.
pub async fn report<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<ReportForm>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("编号应为数字"))?;
    let Some(me) = tr.me.clone() else { return Err(WebError::unauthorized()) };
    let outcome = step_of(&form, &me).map_err(StoreError::Invalid);
    let result = match outcome {
        Ok((period, who, step)) => {
            state.store.report_step(id, &period, form.expected, who(&me), &step, crate::clock::now()).await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(saved) => {
            // The database wrote the step's audit line and told who acts next.
            let to = format!("/assignments/{id}?period={}", saved.period);
            Ok(Redirect::to(&to).into_response())
        }
        Err(StoreError::Invalid(why)) => {
            Ok((StatusCode::BAD_REQUEST, page(&state, tr, id, Start::Typed(form), why).await?).into_response())
        }
        Err(StoreError::Conflict(why)) => {
            Ok((StatusCode::CONFLICT, page(&state, tr, id, Start::Typed(form), why).await?).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct UrgeForm {
    #[serde(default)]
    pub words: String,
}

/// `POST /assignments/{id}/urge`: the office urges the department now
/// (in-app, and by e-mail where it can); audited.
pub async fn urge<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<UrgeForm>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("编号应为数字"))?;
    let Some(me) = tr.me.clone() else { return Err(WebError::unauthorized()) };
    let settings = state.reminders.as_ref();
    let queued =
        crate::reminders::urge(state.store.as_ref(), settings, id, &form.words, &me.name, crate::clock::now()).await?;
    let what = format!("assignment {id}");
    crate::auth::audit(state.store.as_ref(), Some(&me.login), "urge", &what, &form.words, None).await;
    Ok(Redirect::to(&format!("/assignments/{id}?urged={queued}")).into_response())
}

type Who = fn(&crate::auth::Me) -> Reporter<'_>;

/// Reads the form into a period, who acts, and the step; a wrong field is
/// named in the message.
fn step_of(form: &ReportForm, me: &crate::auth::Me) -> Result<(Period, Who, ReportStep), String> {
    let period = Period::parse(&form.period).map_err(|e| e.to_string())?;
    let department: Who = |m| Reporter::Department { login: &m.login, org: m.org.as_deref().unwrap_or("") };
    let office: Who = |m| Reporter::Office { login: &m.login };
    let body = || -> Result<ReportBody, String> {
        let progress = Progress::parse(&form.progress).ok_or("请选择进展情况")?;
        let percent: i64 = form.percent.trim().parse().map_err(|_| "完成进度应为 0 到 100 之间的整数".to_string())?;
        ReportBody::new(progress, percent, &form.done, &form.problems, &form.next_steps).map_err(|e| e.to_string())
    };
    let role = Some(me.role);
    let (who, step) = match form.step.as_str() {
        "save" | "submit" if policy::allows(role, Action::Report) => {
            let body = body()?;
            (department, if form.step == "save" { ReportStep::Save(body) } else { ReportStep::Submit(body) })
        }
        "return" if policy::allows(role, Action::Review) => (office, ReportStep::Return(form.comment.clone())),
        "accept" if policy::allows(role, Action::Review) => (office, ReportStep::Accept(form.comment.clone())),
        _ => return Err("您的账户不能做这一步".into()),
    };
    Ok((period, who, step))
}
