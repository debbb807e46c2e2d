//! The dashboard as JSON, for integrators.

use super::{AreaRow, Params, day_of, standing};
use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use duban_core::Timeliness;
use duban_store::Store;

/// `GET /api/v1/plans/{id}/dashboard[?on=]`: the dashboard as JSON.
pub async fn api<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    Path(id): Path<String>,
    QueryOf(p): PageQuery<Params>,
) -> Result<axum::Json<serde_json::Value>, WebError> {
    use serde_json::json;
    let id: i64 = id.parse().map_err(|_| WebError::not_found("分工表编号应为数字").api())?;
    let today = day_of(&p.on).map_err(WebError::api)?;
    let s = standing(&state, &tr, id, today).await.map_err(WebError::api)?;
    let timeliness = |t: &Timeliness| json!({"owed": t.owed(), "on_time": t.on_time, "late": t.late, "missing": t.missing, "open": t.open, "rate": t.rate()});
    let area = |a: &AreaRow| {
        json!({"number": a.number, "text": a.text, "lights": a.counts, "done": a.done,
               "tasks": a.tasks.iter().map(|t| json!({"number": t.number, "text": t.text, "lights": t.counts, "done": t.done})).collect::<Vec<_>>()})
    };
    Ok(axum::Json(json!({
        "plan_id": id,
        "title": s.title,
        "on": s.today.to_string(),
        "lights": s.all,
        "areas": s.areas.iter().map(area).collect::<Vec<_>>(),
        "departments": s.departments.iter().map(|d| json!({
            "org": d.org, "lights": d.counts, "score": d.counts.score(),
            "timeliness": d.timeliness.as_ref().map(timeliness),
        })).collect::<Vec<_>>(),
        "red": s.reds.iter().map(|r| json!({"assignment_id": r.assignment_id, "text": r.text, "org": r.org, "due": r.due})).collect::<Vec<_>>(),
        "yellow": s.yellows.iter().map(|r| json!({"assignment_id": r.assignment_id, "text": r.text, "org": r.org, "due": r.due})).collect::<Vec<_>>(),
        "reporting": s.reporting.as_ref().map(|r| json!({
            "cycle": r.describe,
            "timeliness": timeliness(&r.overall),
            "trend": r.trend.iter().map(|t| json!({
                "period": t.period, "due": t.due.to_string(), "timeliness": timeliness(&t.timeliness), "mean_percent": t.mean_percent,
            })).collect::<Vec<_>>(),
        })),
    })))
}
