//! The RACI matrix of a plan: measures × departments, each cell the role
//! (牵头 / 负责 / 参加). Filterable by department (`?org=`), exportable as
//! CSV (`?format=csv`, UTF-8 with BOM for Excel) and as JSON under /api.

use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use duban_core::{Item, Plan, Role};
use duban_store::Store;

/// The matrix of one plan.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Matrix {
    pub departments: Vec<String>,
    pub rows: Vec<MatrixRow>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct MatrixRow {
    pub path: String,
    pub text: String,
    /// One cell per department, in `departments` order: `lead`, `responsible`, `participant` or empty.
    pub cells: Vec<Option<Role>>,
}

impl Matrix {
    pub fn of(plan: &Plan, only: Option<&str>) -> Matrix {
        fn leaves<'a>(items: &'a [Item], path: &mut Vec<String>, out: &mut Vec<(String, &'a Item)>) {
            for item in items {
                path.push(item.number.clone().unwrap_or_else(|| "·".into()));
                if item.children.is_empty() {
                    out.push((path.join("/"), item));
                } else {
                    leaves(&item.children, path, out);
                }
                path.pop();
            }
        }
        let mut list = Vec::new();
        leaves(&plan.items, &mut Vec::new(), &mut list);
        let mut departments: Vec<String> = Vec::new();
        for (_, item) in &list {
            for a in &item.assignments {
                if !departments.iter().any(|d| d == a.org.as_str()) {
                    departments.push(a.org.as_str().to_string());
                }
            }
        }
        if let Some(only) = only.filter(|o| !o.is_empty()) {
            departments.retain(|d| d == only);
        }
        let rows = list
            .into_iter()
            .map(|(path, item)| MatrixRow {
                path,
                text: item.text.clone(),
                cells: departments
                    .iter()
                    .map(|d| item.assignments.iter().find(|a| a.org.as_str() == d).map(|a| a.role))
                    .collect(),
            })
            .filter(|r| only.is_none_or(|o| o.is_empty()) || r.cells.iter().any(Option::is_some))
            .collect();
        Matrix { departments, rows }
    }

    /// CSV with a BOM: path, text, then one column per department.
    pub fn csv(&self) -> String {
        let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
        let mut out = String::from("\u{feff}编号,内容");
        for d in &self.departments {
            out.push(',');
            out.push_str(&quote(d));
        }
        out.push_str("\r\n");
        for r in &self.rows {
            out.push_str(&quote(&r.path));
            out.push(',');
            out.push_str(&quote(&r.text));
            for c in &r.cells {
                out.push(',');
                out.push_str(c.map_or("", |role| role.label_zh()));
            }
            out.push_str("\r\n");
        }
        out
    }
}

#[derive(serde::Deserialize)]
pub struct Params {
    pub org: Option<String>,
    pub format: Option<String>,
}

#[derive(Template)]
#[template(path = "matrix/show.html")]
struct Page {
    tr: Tr,
    id: i64,
    title: String,
    org: String,
    matrix: Matrix,
}

impl Page {
    fn label(cell: &Option<Role>) -> &'static str {
        cell.map_or("", |r| r.label_zh())
    }

    fn class(cell: &Option<Role>) -> &'static str {
        cell.map_or("", |r| r.as_str())
    }
}

pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    QueryOf(p): PageQuery<Params>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::not_found("分工表编号应为数字"))?;
    let tree = crate::cache::visible(&state, &tr, id, None).await?;
    let matrix = Matrix::of(&tree.plan, p.org.as_deref());
    if p.format.as_deref() == Some("csv") {
        let headers = [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"matrix-{id}.csv\"")),
        ];
        return Ok((headers, matrix.csv()).into_response());
    }
    let page = Page { tr, id, title: tree.summary.title.clone(), org: p.org.unwrap_or_default(), matrix };
    Ok(render(page)?.into_response())
}
