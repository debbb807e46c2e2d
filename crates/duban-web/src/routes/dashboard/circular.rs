//! The circular (通报) of a plan on a day, as DOCX or XLSX: the opening from
//! the office's template, the measures done, late and lagging, the
//! ranking and, with a reporting cycle, each department's timeliness. It
//! shares the dashboard's computation ([`super::standing`]).

use super::{Listed, Params, day_of, standing};
use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use duban_store::Store;

/// `GET /plans/{id}/circular.{docx|xlsx}[?on=]`: the circular (通报) of a
/// day: the opening (from the template), done, late and lagging measures,
/// and the ranking.
pub async fn circular_docx<S: Store>(
    state: State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    query: PageQuery<Params>,
) -> Result<axum::response::Response, WebError> {
    circular(state, tr, id, "docx", query).await
}

pub async fn circular_xlsx<S: Store>(
    state: State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    query: PageQuery<Params>,
) -> Result<axum::response::Response, WebError> {
    circular(state, tr, id, "xlsx", query).await
}

async fn circular<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    id: String,
    format: &str,
    QueryOf(p): PageQuery<Params>,
) -> Result<axum::response::Response, WebError> {
    use axum::response::IntoResponse;
    let id: i64 = id.parse().map_err(|_| WebError::not_found("分工表编号应为数字"))?;
    let s = standing(&state, &tr, id, day_of(&p.on)?).await?;
    let opening = state
        .circular_template
        .replace("{plan}", &s.title)
        .replace("{date}", &s.today.to_string())
        .replace("{total}", &s.all.total().to_string())
        .replace("{done}", &s.done.len().to_string())
        .replace("{late}", &s.late.len().to_string())
        .replace("{behind}", &s.behind.len().to_string())
        .replace("{red}", &s.all.red.to_string())
        .replace("{yellow}", &s.all.yellow.to_string())
        .replace("{green}", &s.all.green.to_string());
    let listed = |heading: &str, rows: &[Listed]| duban_export::Section {
        heading: heading.to_string(),
        columns: ["具体措施", "责任部门", "完成时限", "最近报告"].map(String::from).to_vec(),
        rows: rows.iter().map(|l| vec![l.text.clone(), l.org.clone(), l.due.clone(), l.reported.clone()]).collect(),
    };
    let ranking = duban_export::Section {
        heading: "四、部门排名（得分 = 100 ×（绿灯数 + 黄灯数 ÷ 2）÷ 任务数）".into(),
        columns: ["名次", "部门", "得分", "红灯", "黄灯", "绿灯"].map(String::from).to_vec(),
        rows: s
            .departments
            .iter()
            .enumerate()
            .map(|(k, d)| {
                vec![
                    (k + 1).to_string(),
                    d.org.clone(),
                    d.score.clone(),
                    d.counts.red.to_string(),
                    d.counts.yellow.to_string(),
                    d.counts.green.to_string(),
                ]
            })
            .collect(),
    };
    let mut sections = vec![
        listed("一、已完成的措施", &s.done),
        listed("二、逾期未完成的措施", &s.late),
        listed("三、进展滞后的措施", &s.behind),
        ranking,
    ];
    if let Some(r) = &s.reporting {
        sections.push(duban_export::Section {
            heading: format!("五、报送及时情况（{}；及时率 = 按时报送数 ÷ 应报送数）", r.describe),
            columns: ["部门", "应报送", "按时", "逾期报送", "未报送", "及时率"].map(String::from).to_vec(),
            rows: s
                .departments
                .iter()
                .filter_map(|d| Some((d, d.timeliness?)))
                .map(|(d, t)| {
                    vec![
                        d.org.clone(),
                        t.owed().to_string(),
                        t.on_time.to_string(),
                        t.late.to_string(),
                        t.missing.to_string(),
                        format!("{:.1}%", t.rate()),
                    ]
                })
                .collect(),
        });
    }
    let circular = duban_export::Circular {
        title: format!("关于《{}》重点任务落实情况的通报", s.title),
        dateline: format!("截至 {}", s.today),
        opening,
        sections,
    };
    let (bytes, mime) = match format {
        "docx" => (
            duban_export::circular_docx(&circular),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        _ => (
            duban_export::circular_xlsx(&circular),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    };
    let bytes = bytes.map_err(|e| WebError::internal(&e.to_string()))?;
    let name = format!("attachment; filename=\"circular-{id}-{}.{format}\"", s.today);
    Ok(([(axum::http::header::CONTENT_TYPE, mime.to_string()), (axum::http::header::CONTENT_DISPOSITION, name)], bytes)
        .into_response())
}
