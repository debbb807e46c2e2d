//! Importing through the browser: upload a table (any format the importer
//! reads) → it is stored as a draft version → review the recovered tree
//! with each diagnostic shown at its item → publish.

use crate::i18n::Tr;
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use duban_core::{Diagnostic, Item, Severity};
use duban_store::{PlanSummary, Store};

#[derive(Template)]
#[template(path = "import/form.html")]
struct FormPage {
    tr: Tr,
    error: String,
}

pub async fn form(tr: Tr) -> Result<Html<String>, WebError> {
    render(FormPage { tr, error: String::new() })
}

/// Takes the uploaded file, imports it as a draft and shows the review.
pub async fn upload<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    mut form: Multipart,
) -> Result<Response, WebError> {
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut title = String::new();
    while let Some(field) = form.next_field().await.map_err(WebError::upload)? {
        match field.name() {
            Some("file") => {
                let name = field.file_name().unwrap_or("upload").to_string();
                let bytes = field.bytes().await.map_err(WebError::upload)?;
                file = Some((name, bytes.to_vec()));
            }
            Some("title") => title = field.text().await.unwrap_or_default().trim().to_string(),
            _ => {}
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return Ok(render(FormPage { tr, error: "请选择要导入的分工表文件".into() })?.into_response());
    };
    let options = duban_import::Options {
        file_name: Some(name.clone()),
        today: Some(crate::clock::today()),
        ..duban_import::Options::default()
    };
    let resolver = state.resolver.clone();
    let parsed = match tokio::task::spawn_blocking(move || {
        duban_import::parse_with(&bytes, &options, resolver.as_ref())
    })
    .await
    {
        Ok(Ok(parsed)) => parsed,
        Ok(Err(e)) => return Ok(render(FormPage { tr, error: format!("无法导入「{name}」：{e}") })?.into_response()),
        Err(_) => return Ok(render(FormPage { tr, error: "导入时出错，请把文件发给管理员".into() })?.into_response()),
    };
    let title = if title.is_empty() { parsed.plan.title.clone().unwrap_or_else(|| name.clone()) } else { title };
    let imported = state.store.import_plan(&title, &name, &parsed, false).await?;
    let target = format!("plan {} version {}", imported.plan_id, imported.version);
    crate::auth::audit(state.store.as_ref(), tr.me.as_ref().map(|m| m.login.as_str()), "import", &target, &name, None)
        .await;
    Ok(Redirect::to(&format!("/plans/{}/versions/{}", imported.plan_id, imported.version)).into_response())
}

/// One row of the review: the item, the diagnostics on its line, and what
/// its edit form shows.
pub struct ReviewRow {
    pub id: i64,
    pub edited: bool,
    pub depth: usize,
    pub number: String,
    pub text: String,
    pub assigned: Vec<Assigned>,
    /// The departments as the edit form writes them (the role grammar).
    pub phrase: String,
    pub deadline: String,
    pub notes: Vec<Diagnostic>,
}

/// One department of a row as the review shows it: its role, its name as
/// written, and what the role rests on.
pub struct Assigned {
    pub role: &'static str,
    pub name: String,
    pub basis: &'static str,
    pub doubt: u8,
}

impl ReviewRow {
    pub fn indent(&self) -> f64 {
        self.depth as f64 * 1.2 + 0.5
    }

    pub fn warned(&self) -> bool {
        !self.edited && self.notes.iter().any(|d| d.severity >= Severity::Warning)
    }

    /// How much this row needs a look: its most doubtful assignment (a guess
    /// 3, a bare list 2, a carried phrase 1), 4 when the importer warned, 0
    /// once a person has edited it.
    pub fn doubt(&self) -> u8 {
        if self.edited {
            return 0;
        }
        let worst = self.assigned.iter().map(|a| a.doubt).max().unwrap_or(0);
        if self.warned() { 4 } else { worst }
    }

    /// What its doubtful assignments rest on, each once (the labels of
    /// [`duban_core::Basis::label_zh`]).
    pub fn doubts(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for a in self.assigned.iter().filter(|a| a.doubt > 0) {
            if !out.contains(&a.basis) {
                out.push(a.basis);
            }
        }
        out
    }
}

/// The rows to check first: every row with a warning or a doubtful
/// assignment, most doubtful first, then in document order.
fn doubtful_first(rows: &[ReviewRow]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..rows.len()).filter(|&k| rows[k].doubt() > 0).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(rows[k].doubt()));
    order
}

fn review_rows(items: &[Item], depth: usize, diags: &[Diagnostic], out: &mut Vec<ReviewRow>) {
    for item in items {
        let assigned = item
            .assignments
            .iter()
            .map(|a| Assigned {
                role: a.role.label_zh(),
                name: a.as_written.to_string(),
                basis: a.basis.label_zh(),
                doubt: a.basis.doubt(),
            })
            .collect();
        out.push(ReviewRow {
            id: 0,
            edited: false,
            depth,
            number: item.number.clone().unwrap_or_default(),
            text: item.text.clone(),
            assigned,
            phrase: duban_import::phrase_of(&item.assignments),
            deadline: item.deadline.as_ref().map(|d| d.as_written.clone()).unwrap_or_default(),
            // Shown at the item they point at: its source line.
            notes: diags.iter().filter(|d| d.line == item.line && d.severity >= Severity::Warning).cloned().collect(),
        });
        review_rows(&item.children, depth + 1, diags, out);
    }
}

/// An edit that was refused, shown again in its form with the reason, so
/// that nothing typed is lost.
pub struct Refused {
    pub item_id: i64,
    pub number: String,
    pub text: String,
    pub departments: String,
    pub deadline: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "import/review.html")]
struct ReviewPage {
    tr: Tr,
    summary: PlanSummary,
    rows: Vec<ReviewRow>,
    /// Indexes into `rows`: the ones to check first.
    first: Vec<usize>,
    diagnostics: Vec<Diagnostic>,
    refused: Option<Refused>,
    /// Renamed departments may be kept as aliases (a registry file is set).
    learning: bool,
}

impl ReviewPage {
    fn severity(d: &Diagnostic) -> &'static str {
        match d.severity {
            Severity::Error => "错误",
            Severity::Warning => "警告",
            Severity::Info => "提示",
        }
    }

    /// The rows to check first, in that order.
    fn first_rows(&self) -> Vec<&ReviewRow> {
        self.first.iter().map(|&k| &self.rows[k]).collect()
    }

    /// The refused edit of this row, if any.
    fn refused_for(&self, row: &ReviewRow) -> Option<&Refused> {
        self.refused.as_ref().filter(|r| r.item_id == row.id)
    }
}

pub async fn review<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path((id, version)): Path<(String, String)>,
) -> Result<Html<String>, WebError> {
    let (id, version) = match (id.parse::<i64>(), version.parse::<i64>()) {
        (Ok(i), Ok(v)) => (i, v),
        _ => return Err(WebError::not_found("编号应为数字")),
    };
    review_page(&state, tr, id, version, None).await
}

/// The review of one version; `refused` reopens a refused edit.
pub async fn review_page<S: Store>(
    state: &AppState<S>,
    tr: Tr,
    id: i64,
    version: i64,
    refused: Option<Refused>,
) -> Result<Html<String>, WebError> {
    let store = state.store.as_ref();
    let (summary, plan) = store.plan(id, Some(version)).await?;
    let diagnostics = store.diagnostics(id, version).await?;
    let refs = store.item_refs(id, version).await?;
    let mut rows = Vec::new();
    review_rows(&plan.items, 0, &diagnostics, &mut rows);
    for (row, r) in rows.iter_mut().zip(refs) {
        row.id = r.id;
        row.edited = r.edited;
    }
    let first = doubtful_first(&rows);
    let learning = state.learned_orgs.is_some();
    render(ReviewPage { tr, summary, rows, first, diagnostics, refused, learning })
}

pub async fn publish<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path((id, version)): Path<(String, String)>,
) -> Result<Redirect, WebError> {
    let (id, version) = match (id.parse::<i64>(), version.parse::<i64>()) {
        (Ok(i), Ok(v)) => (i, v),
        _ => return Err(WebError::not_found("编号应为数字")),
    };
    state.store.publish(id, version).await?;
    let actor = tr.me.as_ref().map(|m| m.login.as_str());
    crate::auth::audit(state.store.as_ref(), actor, "publish", &format!("plan {id} version {version}"), "", None).await;
    Ok(Redirect::to(&format!("/plans/{id}")))
}
