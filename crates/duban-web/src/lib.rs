//! duban's web application: server-rendered pages (Chinese) and a JSON
//! API under `/api/v1`, generic over the [`Store`]. The only crate that
//! knows HTTP. Pages need no JavaScript and load nothing from the
//! internet: government intranets have none.

mod auth;
mod cache;
mod clock;
mod error;
mod extract;
mod i18n;
mod middleware;
mod paging;
pub mod policy;
pub mod reminders;
mod reporting;
mod routes;
mod segment;

use axum::Router;
use axum::http::{HeaderName, HeaderValue};
use duban_store::Store;
use std::sync::Arc;
use std::time::Duration;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

pub use auth::{IDLE_TIMEOUT, LOCKOUT, MAX_FAILURES, hash_password, new_api_token, token_hash};
pub use error::WebError;

/// Resolves department names during web imports (the registry).
pub type Resolver = Arc<dyn duban_core::ResolveOrg + Send + Sync>;

/// What every handler can reach.
pub struct AppState<S> {
    pub store: Arc<S>,
    pub resolver: Resolver,
    /// The registry behind `resolver`, for the registry pages (absent when
    /// the server resolves names without one).
    pub registry: Option<Arc<duban_orgs::Registry>>,
    pub plans: Arc<cache::PlanCache>,
    /// Computed dashboards, current while their plan's reports stamp is.
    /// The largest evidence file, in megabytes (the upload limit).
    pub upload_limit_mb: usize,
    /// The three administrators' duties are separated (三员分立).
    pub separation_of_duties: bool,
    /// Where notices of report steps and urgings go (e-mail when SMTP is set).
    pub(crate) reminders: Arc<reminders::ReminderSettings>,
    pub(crate) dashboards: Arc<cache::StampedCache<routes::dashboard::Standing>>,
    /// Whether the session cookie is marked `Secure` (served over HTTPS).
    pub secure_cookies: bool,
    /// The thresholds of red / yellow / green.
    pub lights: duban_core::LightRules,
    /// The opening of circulars, with {plan}, {date}, {total}, {done},
    /// {late}, {behind}, {red}, {yellow}, {green}.
    pub circular_template: Arc<str>,
    /// Where corrections kept on review pages are written (with a registry).
    pub learned_orgs: Option<Arc<std::path::Path>>,
}

impl<S> Clone for AppState<S> {
    fn clone(&self) -> Self {
        AppState {
            store: self.store.clone(),
            resolver: self.resolver.clone(),
            registry: self.registry.clone(),
            plans: self.plans.clone(),
            dashboards: self.dashboards.clone(),
            upload_limit_mb: self.upload_limit_mb,
            separation_of_duties: self.separation_of_duties,
            reminders: self.reminders.clone(),
            secure_cookies: self.secure_cookies,
            lights: self.lights,
            circular_template: self.circular_template.clone(),
            learned_orgs: self.learned_orgs.clone(),
        }
    }
}

/// The opening of circulars unless the config names a template file.
pub const CIRCULAR_TEMPLATE: &str = "截至{date}，《{plan}》共有任务 {total} 项（按责任部门计）：已完成 {done} 项，\
逾期未完成 {late} 项，进展滞后 {behind} 项；红灯 {red} 项、黄灯 {yellow} 项、绿灯 {green} 项。\n\n\
请各责任单位对照本通报，抓紧推进逾期和滞后事项，并在下一报送期内说明进展。现将有关情况通报如下。";

/// Limits and rules of the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Largest request body (an upload), in bytes.
    pub body_limit: usize,
    /// Longest a request may take before it is answered 408.
    pub request_timeout: Duration,
    /// How many published plan versions are kept in memory (0: none).
    pub cached_plans: usize,
    /// Mark the session cookie `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
    /// The thresholds of red / yellow / green.
    pub lights: duban_core::LightRules,
    /// The opening of circulars (see [`CIRCULAR_TEMPLATE`]).
    pub circular_template: String,
    /// Reminders and urging.
    pub reminders: reminders::ReminderSettings,
    /// Separate the three administrators' duties (三员分立): accounts to
    /// the system administrator, disabling to the security administrator,
    /// the audit log to the security auditor.
    pub separation_of_duties: bool,
    /// The installation's registry file that corrections kept on review
    /// pages are added to (`None`: corrections are not kept).
    pub learned_orgs: Option<std::path::PathBuf>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            body_limit: 20 << 20,
            request_timeout: Duration::from_secs(30),
            cached_plans: 64,
            secure_cookies: false,
            lights: duban_core::LightRules::default(),
            circular_template: CIRCULAR_TEMPLATE.to_string(),
            reminders: reminders::ReminderSettings::default(),
            separation_of_duties: false,
            learned_orgs: None,
        }
    }
}

/// The application with the default limits.
pub fn app<S: Store>(store: Arc<S>, resolver: Resolver) -> Router {
    app_with(store, resolver, None, Settings::default())
}

/// The application: pages, API and the security headers every response
/// carries. With a `registry`, its pages are served too.
pub fn app_with<S: Store>(
    store: Arc<S>,
    resolver: Resolver,
    registry: Option<Arc<duban_orgs::Registry>>,
    settings: Settings,
) -> Router {
    let header = |name: &'static str, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(HeaderName::from_static(name), HeaderValue::from_static(value))
    };
    let state = AppState {
        store,
        resolver,
        plans: Arc::new(cache::PlanCache::new(settings.cached_plans)),
        dashboards: Arc::new(cache::StampedCache::new(settings.cached_plans)),
        upload_limit_mb: (settings.body_limit >> 20).max(1),
        separation_of_duties: settings.separation_of_duties,
        reminders: Arc::new(settings.reminders.clone()),
        secure_cookies: settings.secure_cookies,
        lights: settings.lights,
        circular_template: settings.circular_template.as_str().into(),
        learned_orgs: settings.learned_orgs.as_deref().filter(|_| registry.is_some()).map(Arc::from),
        registry,
    };
    routes::router::<S>()
        // Every route passes the policy; the fallback (404) needs none.
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), auth::authorize::<S>))
        .with_state(state)
        .layer(axum::middleware::from_fn(middleware::etag))
        .layer(axum::middleware::from_fn(i18n::remember))
        .layer(axum::extract::DefaultBodyLimit::max(settings.body_limit))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, settings.request_timeout))
        .layer(header("x-content-type-options", "nosniff"))
        .layer(header("x-frame-options", "DENY"))
        .layer(header("referrer-policy", "no-referrer"))
        .layer(header("content-security-policy", "default-src 'self'; style-src 'self' 'unsafe-inline'"))
        .layer(axum::middleware::from_fn(middleware::request_id))
}

/// Serves the application with the default limits on `listener` until Ctrl-C.
pub async fn serve<S: Store>(
    listener: tokio::net::TcpListener,
    store: Arc<S>,
    resolver: Resolver,
) -> std::io::Result<()> {
    serve_with(listener, store, resolver, None, Settings::default()).await
}

/// Serves the application on `listener` until Ctrl-C.
pub async fn serve_with<S: Store>(
    listener: tokio::net::TcpListener,
    store: Arc<S>,
    resolver: Resolver,
    registry: Option<Arc<duban_orgs::Registry>>,
    settings: Settings,
) -> std::io::Result<()> {
    tokio::task::spawn_blocking(segment::warm_up);
    reminders::spawn(store.clone(), settings.reminders.clone());
    axum::serve(listener, app_with(store, resolver, registry, settings))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
