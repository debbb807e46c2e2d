//! The one error type at HTTP: problem+json under /api, a Chinese page
//! elsewhere. Internal details stay in the server log, never in responses.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use duban_store::StoreError;

#[derive(Debug)]
pub struct WebError {
    pub status: StatusCode,
    pub title: &'static str,
    pub detail: String,
    pub api: bool,
}

impl WebError {
    pub fn not_found(detail: impl Into<String>) -> WebError {
        WebError { status: StatusCode::NOT_FOUND, title: "没有找到", detail: detail.into(), api: false }
    }

    pub fn bad_request(detail: impl Into<String>) -> WebError {
        WebError { status: StatusCode::BAD_REQUEST, title: "请求有误", detail: detail.into(), api: false }
    }

    /// A multipart upload that could not be read: too large (413) or malformed (400).
    pub fn upload(e: axum::extract::multipart::MultipartError) -> WebError {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return WebError {
                status: StatusCode::PAYLOAD_TOO_LARGE,
                title: "文件太大",
                detail: "上传的文件超过了大小上限（管理员可在配置文件中调整 upload_limit_mb）".into(),
                api: false,
            };
        }
        WebError::bad_request(format!("上传内容有误：{}", e.body_text()))
    }

    pub fn unauthorized() -> WebError {
        WebError {
            status: StatusCode::UNAUTHORIZED, title: "请先登录", detail: "这个操作需要登录".into(), api: false
        }
    }

    pub fn forbidden() -> WebError {
        WebError {
            status: StatusCode::FORBIDDEN,
            title: "没有权限",
            detail: "您的账户没有这项操作的权限".into(),
            api: false,
        }
    }

    /// A write without the session's CSRF token, or from another site.
    pub fn stale_form() -> WebError {
        WebError {
            status: StatusCode::FORBIDDEN,
            title: "请求无法验证",
            detail: "页面可能已过期：请刷新页面后重试（API 写操作须带 X-CSRF-Token 头）".into(),
            api: false,
        }
    }

    pub fn internal(why: &str) -> WebError {
        eprintln!("duban-web: {why}");
        WebError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            title: "服务器内部错误",
            detail: "请稍后再试或联系管理员".into(),
            api: false,
        }
    }

    /// The same error, answered as problem+json.
    pub fn api(mut self) -> WebError {
        self.api = true;
        self
    }
}

impl From<StoreError> for WebError {
    fn from(e: StoreError) -> WebError {
        match e {
            StoreError::NotFound(what) => WebError::not_found(format!("{what}不存在")),
            StoreError::Invalid(why) => WebError::bad_request(why),
            StoreError::Conflict(what) => {
                WebError { status: StatusCode::CONFLICT, title: "数据冲突", detail: what, api: false }
            }
            other => {
                eprintln!("duban-web: {other}");
                WebError {
                    status: StatusCode::INTERNAL_SERVER_ERROR,
                    title: "服务器内部错误",
                    detail: "请稍后再试或联系管理员".into(),
                    api: false,
                }
            }
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if self.api {
            let body = serde_json::json!({
                "type": "about:blank",
                "title": self.title,
                "status": self.status.as_u16(),
                "detail": self.detail,
            });
            let mut response = (self.status, axum::Json(body)).into_response();
            response.headers_mut().insert(
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("application/problem+json"),
            );
            return response;
        }
        let page = format!(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
             <body><h1>{title}</h1><p>{detail}</p><p><a href=\"/\">返回首页</a></p></body></html>",
            title = escape(self.title),
            detail = escape(&self.detail)
        );
        (self.status, Html(page)).into_response()
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
