//! The signed-in account's reminders and urgings (in-app messages), and
//! for administrators the messages that could not be sent.

use crate::extract::{PageQuery, QueryOf};
use crate::i18n::Tr;
use crate::paging::{PageParams, next_link};
use crate::routes::plans::render;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::State;
use axum::response::Html;
use duban_store::{Message, Store};

#[derive(Template)]
#[template(path = "inbox/show.html")]
struct InboxPage {
    tr: Tr,
    title: &'static str,
    messages: Vec<Message>,
    next: Option<String>,
    failures: bool,
}

impl InboxPage {
    fn when(at: &i64) -> String {
        duban_core::DateTime::from_timestamp(*at, 0).map(|t| t.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default()
    }
}

/// `GET /inbox`.
pub async fn show<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    QueryOf(p): PageQuery<PageParams>,
) -> Result<Html<String>, WebError> {
    let login = tr.me.as_ref().map(|m| m.login.clone()).unwrap_or_default();
    let page = state.store.inbox(&login, p.page()).await?;
    let next = next_link("/inbox", &[], page.next);
    render(InboxPage { tr, title: "消息", messages: page.items, next, failures: false })
}

/// `GET /admin/outbox`: messages being retried or given up.
pub async fn failures<S: Store>(
    State(state): State<AppState<S>>,
    tr: Tr,
    QueryOf(p): PageQuery<PageParams>,
) -> Result<Html<String>, WebError> {
    let page = state.store.failed_messages(p.page()).await?;
    let next = next_link("/admin/outbox", &[], page.next);
    render(InboxPage { tr, title: "发送失败的消息", messages: page.items, next, failures: true })
}
