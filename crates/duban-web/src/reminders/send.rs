//! Delivery of queued e-mail and webhook messages: SMTP (plain, STARTTLS
//! or TLS, with or without a login) and HTTP(S) webhooks in the generic
//! JSON, WeCom or DingTalk robot formats; TLS through rustls on ring,
//! against the system's roots or the configured CA. Each outcome is
//! recorded: a failure keeps its cause chain and is retried with back-off.

use super::{MAX_ATTEMPTS, ReminderSettings, SmtpTls, WebhookKind};
use duban_store::{Channel, Message, Store, StoreError};
use std::sync::Arc;

/// Sends the e-mail and webhook messages that are due; returns how many
/// went out.
pub async fn send<S: Store>(store: &S, settings: &ReminderSettings, now: i64) -> Result<usize, StoreError> {
    let mut sent = 0;
    for m in store.claim_due(now, 100).await? {
        let outcome = match m.channel {
            Channel::Email => email(settings, &m).await,
            Channel::Webhook => webhook(settings, &m).await,
            Channel::InApp => Ok(()),
        };
        if outcome.is_ok() {
            sent += 1;
        }
        let retry_at = (outcome.is_err() && m.attempts < MAX_ATTEMPTS).then(|| now + 60 * (1i64 << m.attempts.min(10)));
        store.sent(m.id, outcome, now, retry_at).await?;
    }
    Ok(sent)
}

async fn email(settings: &ReminderSettings, m: &Message) -> Result<(), String> {
    use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
    use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
    let smtp = settings.smtp.as_ref().ok_or("没有配置 SMTP")?;
    let message = lettre::Message::builder()
        .from(smtp.from.parse().map_err(|e| format!("发件地址有误：{e}"))?)
        .to(m.recipient.parse().map_err(|e| format!("收件地址有误：{e}"))?)
        .subject(m.subject.as_str())
        .header(lettre::message::header::ContentType::TEXT_PLAIN)
        .body(m.body.clone())
        .map_err(|e| e.to_string())?;
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(smtp.host.as_str()).port(smtp.port);
    if smtp.tls != SmtpTls::None {
        let mut params = TlsParameters::builder(smtp.host.clone());
        if let Some(path) = &settings.ca_file {
            let pem = std::fs::read(path).map_err(|e| format!("无法读取 CA 证书文件 {}：{e}", path.display()))?;
            let ca = Certificate::from_pem(&pem).map_err(|e| format!("CA 证书文件 {} 有误：{e}", path.display()))?;
            params = params.add_root_certificate(ca);
        }
        let params = params.build_rustls().map_err(|e| with_causes(&e))?;
        builder = builder.tls(if smtp.tls == SmtpTls::Tls { Tls::Wrapper(params) } else { Tls::Required(params) });
    }
    if let (Some(user), Some(password)) = (&smtp.username, &smtp.password) {
        builder = builder
            .credentials(lettre::transport::smtp::authentication::Credentials::new(user.clone(), password.clone()));
    }
    builder.build().send(message).await.map(|_| ()).map_err(|e| with_causes(&e))
}

async fn webhook(settings: &ReminderSettings, m: &Message) -> Result<(), String> {
    use http_body_util::Full;
    use hyper_util::client::legacy::Client;
    let kind = settings.webhooks.iter().find(|w| w.url == m.recipient).map(|w| w.kind).unwrap_or_default();
    let payload = match kind {
        WebhookKind::Json => serde_json::json!({"source": "duban", "subject": m.subject, "body": m.body}),
        WebhookKind::Wecom | WebhookKind::Dingtalk => {
            serde_json::json!({"msgtype": "text", "text": {"content": format!("{}\n{}", m.subject, m.body)}})
        }
    };
    let request = axum::http::Request::post(m.recipient.as_str())
        .header(axum::http::header::CONTENT_TYPE, "application/json")
        .body(Full::new(axum::body::Bytes::from(payload.to_string())))
        .map_err(|e| format!("webhook 地址有误：{e}"))?;
    let client = Client::builder(hyper_util::rt::TokioExecutor::new()).build(https_connector(settings)?);
    let response = tokio::time::timeout(std::time::Duration::from_secs(10), client.request(request))
        .await
        .map_err(|_| "webhook 10 秒内没有回应".to_string())?
        .map_err(|e| with_causes(&e))?;
    if response.status().is_success() { Ok(()) } else { Err(format!("webhook 回应 {}", response.status())) }
}

/// An error and what caused it, down the chain ("client error (Connect):
/// invalid peer certificate: UnknownIssuer"), for the administrator.
fn with_causes(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push('：');
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}

/// A connector for http and https URLs; https is checked against the CA
/// file when one is configured, else against the system's roots.
fn https_connector(
    settings: &ReminderSettings,
) -> Result<hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>, String> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let builder = hyper_rustls::HttpsConnectorBuilder::new();
    let builder = match &settings.ca_file {
        Some(path) => {
            let unreadable = |e: &dyn std::fmt::Display| format!("无法读取 CA 证书文件 {}：{e}", path.display());
            let mut roots = rustls::RootCertStore::empty();
            for cert in CertificateDer::pem_file_iter(path).map_err(|e| unreadable(&e))? {
                roots.add(cert.map_err(|e| unreadable(&e))?).map_err(|e| unreadable(&e))?;
            }
            let config =
                rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
                    .with_safe_default_protocol_versions()
                    .map_err(|e| e.to_string())?
                    .with_root_certificates(roots)
                    .with_no_client_auth();
            builder.with_tls_config(config)
        }
        None => builder.with_native_roots().map_err(|e| format!("找不到系统根证书：{e}"))?,
    };
    Ok(builder.https_or_http().enable_http1().build())
}
