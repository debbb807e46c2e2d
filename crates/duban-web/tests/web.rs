//! The web application on a random port with a fresh database per test, on
//! SQLite and on PostgreSQL, driven over real HTTP.

use duban_import::{Options, parse};
use duban_store::Store;
use duban_store_postgres::PostgresStore;
use duban_store_sqlite::SqliteStore;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A response: status, headers (lower-case names) and body.
#[derive(Debug)]
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// The signed-in session of each test server (cookie, CSRF token): the
/// helpers below send it, unless a request names its own cookie.
static SESSIONS: std::sync::Mutex<Vec<(std::net::SocketAddr, String, String)>> = std::sync::Mutex::new(Vec::new());

fn session_headers(addr: std::net::SocketAddr, headers: &str) -> String {
    if headers.contains("Cookie: none=1") {
        return headers.to_string();
    }
    let sessions = SESSIONS.lock().unwrap();
    match sessions.iter().rev().find(|(a, _, _)| *a == addr) {
        Some((_, cookie, csrf)) => format!("{headers}Cookie: {cookie}\r\nX-CSRF-Token: {csrf}\r\n"),
        None => headers.to_string(),
    }
}

/// Creates an account in the store.
async fn add_user<S: Store>(store: &S, login: &str, role: duban_core::AccountRole, org: Option<&str>) {
    let login = duban_core::Login::parse(login).unwrap();
    let hash = duban_web::hash_password(&duban_core::Password::parse(PASSWORD, &login).unwrap()).unwrap();
    let user = duban_store::NewUser {
        login: &login,
        name: login.as_str(),
        role,
        org,
        email: None,
        password_hash: &hash,
        now: 0,
    };
    store.create_user(&user).await.unwrap();
}

const PASSWORD: &str = "Test-Pass-2026";

/// Signs in through the login form; later requests to `addr` carry the session.
async fn sign_in(addr: std::net::SocketAddr, login: &str) {
    let (cookie, csrf) =
        session_of(addr, login, PASSWORD).await.unwrap_or_else(|r| panic!("sign-in of {login}: {}", r.body));
    SESSIONS.lock().unwrap().push((addr, cookie, csrf));
}

/// Reads a whole response (the server closes the connection after it).
async fn read_response(stream: &mut tokio::net::TcpStream) -> Response {
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    // Pages and JSON are UTF-8; documents (DOCX, XLSX) are not text.
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Response { status, headers, body: body.to_string() }
}

/// GET over a fresh connection (HTTP/1.1, Connection: close).
async fn get(addr: std::net::SocketAddr, path: &str) -> Response {
    get_with(addr, path, "").await
}

/// GET without the session.
async fn get_anonymous(addr: std::net::SocketAddr, path: &str) -> Response {
    get_with(addr, path, "Cookie: none=1\r\n").await
}

/// POST a body with a content type.
async fn post(addr: std::net::SocketAddr, path: &str, content_type: &str, body: &[u8]) -> Response {
    send(addr, "POST", path, content_type, body).await
}

/// A form POST with explicit header lines (each ending in CRLF).
async fn send_with(addr: std::net::SocketAddr, method: &str, path: &str, headers: &str, body: &[u8]) -> Response {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{headers}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    read_response(&mut stream).await
}

/// Posts a form as a signed-in account (session cookie and CSRF token).
async fn post_form(
    addr: std::net::SocketAddr,
    who: &(String, String),
    path: &str,
    fields: &[(&str, &str)],
) -> Response {
    let headers = format!("Cookie: none=1; {}\r\nX-CSRF-Token: {}\r\n", who.0, who.1);
    let body = serde_urlencoded::to_string(fields).unwrap();
    send_with(addr, "POST", path, &headers, body.as_bytes()).await
}

/// Serves `store` as `duban serve` does (default settings) on a loopback port.
async fn serve_on_loopback(
    store: Arc<SqliteStore>,
) -> (std::net::SocketAddr, tokio::task::JoinHandle<std::io::Result<()>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    (addr, tokio::spawn(duban_web::serve(listener, store, Arc::new(duban_core::WrittenName))))
}

/// Serves `store` with `settings` on a loopback port.
async fn serve_with_settings(
    store: Arc<SqliteStore>,
    settings: duban_web::Settings,
) -> (std::net::SocketAddr, tokio::task::JoinHandle<std::io::Result<()>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = duban_web::app_with(store, Arc::new(duban_core::WrittenName), None, settings);
    (addr, tokio::spawn(async move { axum::serve(listener, app).await }))
}

/// Any method with a body, its content type among `headers`.
async fn send_raw(addr: std::net::SocketAddr, method: &str, path: &str, headers: &str, body: &[u8]) -> Response {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{headers}Content-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    // The server may answer (413) before reading it all.
    let _ = stream.write_all(body).await;
    read_response(&mut stream).await
}

/// Any method with a body.
async fn send(addr: std::net::SocketAddr, method: &str, path: &str, content_type: &str, body: &[u8]) -> Response {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let session = if path == "/login" { String::new() } else { session_headers(addr, "") };
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{session}Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    read_response(&mut stream).await
}

/// GET with extra header lines (each ending in CRLF).
async fn get_with(addr: std::net::SocketAddr, path: &str, headers: &str) -> Response {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let headers = session_headers(addr, headers);
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{headers}\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    read_response(&mut stream).await
}

fn encode(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

/// The whole walk through pages and API.
async fn walk<S: Store>(store: S) {
    let sample =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/shandong-ip-division-table.txt")).unwrap();
    let parsed = parse(&sample, &Options::default()).unwrap();
    let imported = store.import_plan("山东省知识产权强省建设实施方案", "seed.txt", &parsed, true).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    add_user(&store, "office", duban_core::AccountRole::Supervisor, None).await;
    let server = tokio::spawn(duban_web::serve(listener, Arc::new(store), Arc::new(duban_core::WrittenName)));
    // Nothing but the login page without an account.
    let anonymous = get_anonymous(addr, "/plans/1").await;
    assert_eq!((anonymous.status, anonymous.header("location")), (303, Some("/login?next=%2Fplans%2F1")));
    assert_eq!(get_anonymous(addr, "/api/v1/plans").await.status, 401);
    sign_in(addr, "office").await;

    let home = get(addr, "/").await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains("山东省知识产权强省建设实施方案"));
    assert_eq!(home.header("x-content-type-options"), Some("nosniff"));
    assert!(home.header("content-security-policy").is_some());

    // English on request: by the browser's preference, by ?lang= (then
    // remembered in a cookie), and back; the data stays as written.
    let english = get_with(addr, "/", "Accept-Language: en-US,en;q=0.9\r\n").await;
    assert!(
        english.body.contains("<html lang=\"en\">") && english.body.contains("Division tables"),
        "{}",
        english.body
    );
    assert!(english.body.contains("山东省知识产权强省建设实施方案"));
    let chosen = get(addr, &format!("/plans/{}?lang=en", imported.plan_id)).await;
    assert!(chosen.body.contains("Responsibility matrix") && chosen.body.contains(">lead<"));
    assert!(chosen.header("set-cookie").is_some_and(|c| c.starts_with("duban_lang=en")));
    let remembered = get_with(addr, "/import", "Cookie: duban_lang=en\r\n").await;
    assert!(remembered.body.contains("Import a division table"));
    assert!(
        get_with(addr, "/", "Cookie: duban_lang=zh\r\nAccept-Language: en\r\n").await.body.contains("<h1>分工表</h1>")
    );

    let plan = get(addr, &format!("/plans/{}", imported.plan_id)).await;
    assert_eq!(plan.status, 200);
    assert!(plan.body.contains("积极探索知识产权管理体制机制改革"));
    assert!(plan.body.contains("牵头"));

    let dept = get(addr, &format!("/departments/{}", encode("省编办"))).await;
    assert_eq!(dept.status, 200);
    assert!(dept.body.contains("本页 3 项"), "{}", dept.body);
    assert!(!dept.body.contains("下一页"));
    // Paged: one entry per page, a link to the next, and the next page holds the second.
    let paged = get(addr, &format!("/departments/{}?limit=1", encode("省编办"))).await;
    assert!(paged.body.contains("本页 1 项，后面还有"), "{}", paged.body);
    let next = paged
        .body
        .split("href=\"?")
        .filter_map(|s| s.split('"').next())
        .find(|link| link.contains("after="))
        .expect("a next link")
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    let second = get(addr, &format!("/departments/{}?{next}", encode("省编办"))).await;
    assert!(second.body.contains("本页 1 项，后面还有"), "{}", second.body);
    assert_ne!(paged.body, second.body);

    // The plan tree links each item to its page: breadcrumbs, departments, deadline.
    let item_link = plan.body.split("href=\"/items/").nth(3).and_then(|s| s.split('"').next()).expect("item links");
    let item = get(addr, &format!("/items/{item_link}")).await;
    assert_eq!(item.status, 200);
    assert!(item.body.contains("山东省知识产权强省建设实施方案") && item.body.contains(" › "), "{}", item.body);
    assert!(item.body.contains("牵头") && item.body.contains("完成时限"));
    assert_eq!(get(addr, "/items/987654321").await.status, 404);
    assert_eq!(get(addr, "/items/x").await.status, 404);
    let item_api: serde_json::Value =
        serde_json::from_str(&get(addr, &format!("/api/v1/items/{item_link}")).await.body).unwrap();
    assert_eq!(item_api["ancestors"].as_array().unwrap().len(), 2);
    assert_eq!(item_api["plan"]["id"], imported.plan_id);
    assert!(!item_api["assignments"].as_array().unwrap().is_empty());

    let search = get(addr, &format!("/search?q={}", encode("专利"))).await;
    assert!(search.body.contains("找到"));
    // Words apart in the text still find it: 知识产权 … 奖励.
    let words = get(addr, &format!("/search?q={}", encode("知识产权奖励"))).await;
    assert!(words.body.contains("加大科技奖励工作中知识产权评价的权重"), "{}", words.body);

    let api = get(addr, "/api/v1/plans").await;
    assert_eq!(api.header("content-type"), Some("application/json"));
    assert!(api.header("x-request-id").is_some());
    let etag = api.header("etag").expect("API reads carry an ETag").to_string();
    let again = get_with(addr, "/api/v1/plans", &format!("If-None-Match: {etag}\r\n")).await;
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    let v: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(v["items"][0]["measures"], 54);
    assert_eq!(v["next"], serde_json::Value::Null);
    let tree: serde_json::Value =
        serde_json::from_str(&get(addr, &format!("/api/v1/plans/{}", imported.plan_id)).await.body).unwrap();
    assert_eq!(tree["items"].as_array().unwrap().len(), 5);
    assert_eq!(tree["items"][0]["children"][0]["children"][0]["assignments"][0]["as_written"], "省编办");
    let ws: serde_json::Value =
        serde_json::from_str(&get(addr, &format!("/api/v1/departments/{}/assignments", encode("省公安厅"))).await.body)
            .unwrap();
    assert!(ws["items"].as_array().unwrap().len() >= 2);
    let hits: serde_json::Value =
        serde_json::from_str(&get(addr, &format!("/api/v1/search?q={}&limit=3", encode("专利"))).await.body).unwrap();
    assert_eq!(hits["items"].as_array().unwrap().len(), 3);
    // The next page starts after the last hit and repeats none.
    let after = hits["next"].as_i64().expect("more hits");
    assert_eq!(after, hits["items"][2]["item_id"].as_i64().unwrap());
    let more: serde_json::Value = serde_json::from_str(
        &get(addr, &format!("/api/v1/search?q={}&limit=3&after={after}", encode("专利"))).await.body,
    )
    .unwrap();
    assert!(more["items"][0]["item_id"].as_i64().unwrap() > after);
    let bad_page = get(addr, "/api/v1/search?q=x&after=abc").await;
    assert_eq!(bad_page.status, 400);
    assert_eq!(bad_page.header("content-type"), Some("application/problem+json"));
    assert!(bad_page.body.contains("查询参数有误"), "{}", bad_page.body);

    let diff: serde_json::Value =
        serde_json::from_str(&get(addr, &format!("/api/v1/plans/{}/diff?from=1", imported.plan_id)).await.body)
            .unwrap();
    assert_eq!(diff["diff"]["unchanged"], 54);
    assert_eq!(diff["to"], 1);

    let matrix = get(addr, &format!("/plans/{}/matrix", imported.plan_id)).await;
    assert_eq!(matrix.status, 200);
    assert!(matrix.body.contains("责任矩阵") && matrix.body.contains("牵头"));
    let csv = get(addr, &format!("/plans/{}/matrix?format=csv&org={}", imported.plan_id, encode("省编办"))).await;
    assert!(csv.header("content-type").is_some_and(|t| t.starts_with("text/csv")));
    assert_eq!(csv.body.lines().count(), 4, "header and the three measures 省编办 leads: {}", csv.body);
    let m: serde_json::Value =
        serde_json::from_str(&get(addr, &format!("/api/v1/plans/{}/matrix", imported.plan_id)).await.body).unwrap();
    assert_eq!(m["rows"].as_array().unwrap().len(), 54);
    assert!(m["departments"].as_array().unwrap().len() > 30);

    // Import through the browser: upload, review with diagnostics, publish.
    assert!(get(addr, "/import").await.body.contains("enctype=\"multipart/form-data\""));
    let boundary = "dubanboundary7e3";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n网页导入的分工表\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"seed.txt\"\r\nContent-Type: text/plain\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&sample);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let uploaded = post(addr, "/import", &format!("multipart/form-data; boundary={boundary}"), &body).await;
    assert_eq!(uploaded.status, 303, "{}", uploaded.body);
    let review_path = uploaded.header("location").unwrap().to_string();
    let review = get(addr, &review_path).await;
    assert!(review.body.contains("核对：网页导入的分工表"));
    assert!(review.body.contains("⚠"), "warnings are shown at their items");
    assert!(review.body.contains("phrase-count-mismatch"));
    let published = post(addr, &format!("{review_path}/publish"), "application/x-www-form-urlencoded", b"").await;
    assert_eq!(published.status, 303);
    let list = get(addr, "/").await.body;
    assert!(list.contains("网页导入的分工表"));
    let empty = post(
        addr,
        "/import",
        &format!("multipart/form-data; boundary={boundary}"),
        format!("--{boundary}--\r\n").as_bytes(),
    )
    .await;
    assert!(empty.body.contains("请选择要导入的分工表文件"));

    // The OpenAPI document describes paths that exist.
    let spec: serde_json::Value = serde_json::from_str(&get(addr, "/api/v1/openapi.json").await.body).unwrap();
    for (path, ops) in spec["paths"].as_object().unwrap() {
        if ops.get("get").is_none() {
            continue;
        }
        let concrete = path.replace("{id}", &imported.plan_id.to_string()).replace("{org}", &encode("省编办"));
        let query = if concrete.ends_with("/diff") { "?from=1" } else { "?q=x" };
        let r = get(addr, &format!("{concrete}{query}")).await;
        assert_eq!(r.status, 200, "{path} as {concrete}");
    }
    // A draft is corrected in place on its review page.
    fix_in_place(addr).await;
    doubtful_first(addr).await;
    import_through_the_api(addr).await;

    let docs = get(addr, "/api/docs").await.body;
    assert!(docs.contains("/api/v1/plans/{id}/matrix") && docs.contains("limit, after"), "{docs}");

    let missing = get(addr, "/api/v1/plans/424242").await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("content-type"), Some("application/problem+json"));
    let bad = get(addr, "/api/v1/plans/abc").await;
    assert_eq!(bad.status, 400);
    assert_eq!(get(addr, "/no/such/page").await.status, 404);
    server.abort();
}

#[tokio::test]
async fn on_sqlite() {
    let dir = std::env::temp_dir().join(format!("duban-web-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("web.db");
    let _ = std::fs::remove_file(&path);
    walk(SqliteStore::connect(&format!("sqlite://{}", path.display())).await.unwrap()).await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// The limits of `Settings` apply: a larger upload is refused with 413.
#[tokio::test]
async fn limits_come_from_settings() {
    let store = SqliteStore::connect("sqlite::memory:").await.unwrap();
    add_user(&store, "office", duban_core::AccountRole::Supervisor, None).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let settings = duban_web::Settings { body_limit: 4096, ..duban_web::Settings::default() };
    let server = tokio::spawn(duban_web::serve_with(
        listener,
        Arc::new(store),
        Arc::new(duban_core::WrittenName),
        None,
        settings,
    ));
    sign_in(addr, "office").await;
    let boundary = "limit";
    let body = |size: usize| {
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.txt\"\r\n\r\n{}\r\n--{boundary}--\r\n",
            "一、测试\n".repeat(size / 14)
        )
    };
    let content_type = format!("multipart/form-data; boundary={boundary}");
    let big = post(addr, "/import", &content_type, body(16 << 10).as_bytes()).await;
    assert_eq!(big.status, 413, "{}", big.body);
    let small = post(addr, "/import", &content_type, body(1 << 10).as_bytes()).await;
    assert_ne!(small.status, 413);
    server.abort();
}

/// The registry pages: the list with its filters, one body with its
/// reform history; without a registry they say there is none.
#[tokio::test]
async fn registry_pages() {
    let registry = Arc::new(duban_orgs::Registry::with_defaults(&[]).unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "reader", duban_core::AccountRole::Viewer, None).await;
    let server = tokio::spawn(duban_web::serve_with(
        listener,
        store.clone(),
        registry.clone(),
        Some(registry.clone()),
        duban_web::Settings::default(),
    ));
    sign_in(addr, "reader").await;
    let all = get(addr, "/orgs").await;
    assert_eq!(all.status, 200);
    assert!(all.body.contains("山东省市场监督管理局") && all.body.contains("国务院办公厅"), "{}", &all.body[..400]);
    let shandong = get(addr, &format!("/orgs?level=provincial&region={}", encode("山东省"))).await;
    assert!(shandong.body.contains("山东省市场监督管理局") && !shandong.body.contains("国务院办公厅"));
    let named = get(addr, &format!("/orgs?q={}", encode("工商"))).await;
    assert!(named.body.contains("山东省工商行政管理局") && !named.body.contains("山东省财政厅"));
    assert_eq!(get(addr, "/orgs?level=galactic").await.status, 400);
    // Found by a short form; its merger and who carries on now.
    let old = get(addr, &format!("/orgs/{}", encode("省工商局"))).await;
    assert_eq!(old.status, 200);
    assert!(old.body.contains("<h1>山东省工商行政管理局</h1>"), "{}", old.body);
    assert!(old.body.contains("并入") && old.body.contains("山东省市场监督管理局") && old.body.contains("现由"));
    assert_eq!(get(addr, &format!("/orgs/{}", encode("火星事务局"))).await.status, 404);
    server.abort();

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(duban_web::serve(listener, store, Arc::new(duban_core::WrittenName)));
    sign_in(addr, "reader").await;
    let none = get(addr, "/orgs").await;
    assert_eq!(none.status, 404);
    assert!(none.body.contains("没有加载机构名录"));
    server.abort();
}

#[tokio::test]
async fn on_postgres() {
    let Some(db) = duban_store_tests::TestDatabase::create("duban_web").await else { return };
    walk(PostgresStore::connect(&db.url).await.unwrap()).await;
    db.drop_database().await;
}

/// Headless Chromium through chromedriver on a free loopback port, with
/// its profile under `dir`. Needs Debian's chromium and chromium-driver:
/// under CI (CI=true) their absence fails the test, elsewhere it is
/// skipped with a printed reason (`None`).
async fn browser(dir: &std::path::Path) -> Option<(fantoccini::Client, std::process::Child)> {
    let driver_bin = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    let browser_bin =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].into_iter().find(|p| std::path::Path::new(p).exists());
    let (Some(driver_bin), Some(browser_bin)) = (driver_bin, browser_bin) else {
        let msg = "chromium or chromedriver not installed (apt-get install chromium chromium-driver)";
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{msg}");
        }
        eprintln!("skipped: {msg}");
        return None;
    };
    // chromedriver on a free port of loopback.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let driver = std::process::Command::new(driver_bin)
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start chromedriver");
    for _ in 0..50 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": browser_bin,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--window-size=1400,1000", "--lang=zh-CN", format!("--user-data-dir={}", dir.join("profile").display())],
            // A browser set up for Chinese, as our users' are.
            "prefs": {"intl.accept_languages": "zh-CN,zh"}
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let client = fantoccini::ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a browser session");
    Some((client, driver))
}

/// Headless Chromium through chromedriver: import the sample through the
/// web page, review and publish it, open a department's workspace and the
/// matrix; screenshots under target/artifacts/. Needs Debian's chromium
/// and chromium-driver: under CI (CI=true) their absence fails the test,
/// elsewhere it is skipped with a printed reason.
#[tokio::test]
async fn in_a_browser() {
    let dir = std::env::temp_dir().join(format!("duban-browser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let Some((client, mut driver)) = browser(&dir).await else { return };
    let store = SqliteStore::connect(&format!("sqlite://{}", dir.join("b.db").display())).await.unwrap();
    add_user(&store, "office", duban_core::AccountRole::Supervisor, None).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(duban_web::serve(listener, Arc::new(store), Arc::new(duban_core::WrittenName)));
    let artifacts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let shot = |name: &'static str, png: Vec<u8>| std::fs::write(artifacts.join(name), png).unwrap();
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/shandong-ip-division-table.txt");
    let base = format!("http://{addr}");
    use fantoccini::Locator;

    // Signing in: the import page sends us to the login page and back.
    client.goto(&format!("{base}/import")).await.unwrap();
    let login = page_at(&client, "/login").await;
    assert!(login.contains("登录名"));
    client.find(Locator::Css("input[name=login]")).await.unwrap().send_keys("office").await.unwrap();
    client.find(Locator::Css("input[name=password]")).await.unwrap().send_keys(PASSWORD).await.unwrap();
    client.find(Locator::Css("form[action=\"/login\"] button")).await.unwrap().click().await.unwrap();
    page_at(&client, "/import").await;
    client
        .find(Locator::Css("input[type=file]"))
        .await
        .unwrap()
        .send_keys(sample.canonicalize().unwrap().to_str().unwrap())
        .await
        .unwrap();
    client.find(Locator::Css("form[action^=\"/import\"] button")).await.unwrap().click().await.unwrap();
    // A click returns before the next page has loaded: wait for it.
    let review = page_at(&client, "/plans/1/versions/1").await;
    assert!(review.contains("核对：山东省知识产权强省建设实施方案重点任务分工表"), "review page");
    assert!(review.contains("⚠"));
    shot("browser-review.png", client.screenshot().await.unwrap());
    // Fix the first flagged row in place: open its form, change the departments, save.
    let flagged = client.find(Locator::Css("tr.warned")).await.unwrap();
    flagged.find(Locator::Css("summary")).await.unwrap().click().await.unwrap();
    let field = flagged.find(Locator::Css("input[name=departments]")).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys("省知识产权局牵头，省财政厅参加").await.unwrap();
    shot("browser-edit.png", client.screenshot().await.unwrap());
    flagged.find(Locator::Css("form.edit button")).await.unwrap().click().await.unwrap();
    // The same path comes back (with #item-N): wait for the mark itself.
    wait_for_text(&client, "已修改").await;
    client.find(Locator::Css("form[action*=publish] button")).await.unwrap().click().await.unwrap();
    assert!(page_at(&client, "/plans/1").await.contains("已发布"));
    shot("browser-plan.png", client.screenshot().await.unwrap());

    client.goto(&format!("{base}/departments/{}", encode("省知识产权局"))).await.unwrap();
    assert!(client.source().await.unwrap().contains("我的任务"));
    shot("browser-workspace.png", client.screenshot().await.unwrap());
    client.goto(&format!("{base}/plans/1/matrix")).await.unwrap();
    assert!(client.source().await.unwrap().contains("责任矩阵"));
    shot("browser-matrix.png", client.screenshot().await.unwrap());
    // English on request, remembered for the next page.
    client.goto(&format!("{base}/plans/1?lang=en")).await.unwrap();
    assert!(client.source().await.unwrap().contains("Responsibility matrix"));
    client.goto(&format!("{base}/departments/{}", encode("省知识产权局"))).await.unwrap();
    assert!(client.source().await.unwrap().contains("Assignments"));
    shot("browser-workspace-en.png", client.screenshot().await.unwrap());

    client.close().await.unwrap();
    let _ = driver.kill();
    let _ = driver.wait();
    server.abort();
    let _ = std::fs::remove_dir_all(&dir);
}

/// Waits (up to 10 s) until the browser shows the page at `path`, then
/// returns its source.
async fn page_at(client: &fantoccini::Client, path: &str) -> String {
    for _ in 0..100 {
        if client.current_url().await.is_ok_and(|u| u.path() == path) {
            let ready = client.execute("return document.readyState", vec![]).await;
            if ready.is_ok_and(|r| r == "complete") {
                return client.source().await.unwrap();
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the browser did not reach {path}: it is at {:?}", client.current_url().await.map(|u| u.to_string()));
}

/// Uploads `table` as a text file through the import page and returns the
/// path of its review.
async fn upload_text(addr: std::net::SocketAddr, file_name: &str, table: &str) -> String {
    let boundary = "dubantextupload";
    let upload = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\r\n{table}\r\n--{boundary}--\r\n"
    );
    let created = post(addr, "/import", &format!("multipart/form-data; boundary={boundary}"), upload.as_bytes()).await;
    assert_eq!(created.status, 303, "{}", created.body);
    created.header("location").unwrap().to_string()
}

/// Imports a draft through the page, corrects one measure on its review
/// page, and checks what is refused (with the typed text kept) and that a
/// published version no longer changes.
async fn fix_in_place(addr: std::net::SocketAddr) {
    let table = "县政府重点任务分工表\n一、改善营商环境\n（一）优化审批服务\n1.推行一网通办。（县政务服务中心牵头）\n2.压缩办理时限。\n";
    let review_path = upload_text(addr, "county.txt", table).await;
    let review = get(addr, &review_path).await;
    assert!(review.body.contains("class=\"warned\""), "the measure without departments is flagged");
    // The second measure: the last edit form on the page.
    let item = review.body.rsplit("action=\"/items/").next().and_then(|s| s.split('/').next()).unwrap().to_string();
    let form = |text: &str, departments: &str| {
        serde_urlencoded::to_string([
            ("number", "2"),
            ("text", text),
            ("departments", departments),
            ("deadline", "2025年6月底前"),
        ])
        .unwrap()
    };
    let urlencoded = "application/x-www-form-urlencoded";
    let saved = post(
        addr,
        &format!("/items/{item}/edit"),
        urlencoded,
        form("压缩审批办理时限。", "县发展改革局牵头，县市场监管局、县自然资源局参加").as_bytes(),
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert!(saved.header("location").unwrap().ends_with(&format!("#item-{item}")));
    let after = get(addr, &review_path).await;
    assert!(after.body.contains("已修改") && after.body.contains("压缩审批办理时限。"), "{}", after.body);
    let api: serde_json::Value = serde_json::from_str(&get(addr, &format!("/api/v1/items/{item}")).await.body).unwrap();
    let roles: Vec<(&str, &str)> = api["assignments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["role"].as_str().unwrap(), a["as_written"].as_str().unwrap()))
        .collect();
    assert_eq!(roles, [("lead", "县发展改革局"), ("participant", "县市场监管局"), ("participant", "县自然资源局")]);
    assert_eq!(api["deadline"]["due"], "2025-06-30");

    // An empty text is refused; the form comes back open with what was typed.
    let refused = post(addr, &format!("/items/{item}/edit"), urlencoded, form("  ", "县统计局牵头").as_bytes()).await;
    assert_eq!(refused.status, 400);
    assert!(
        refused.body.contains("条目内容不能为空") && refused.body.contains("value=\"县统计局牵头\""),
        "{}",
        refused.body
    );

    // Once published, the version is fixed: a correction is refused.
    let publish = post(addr, &format!("{review_path}/publish"), urlencoded, b"").await;
    assert_eq!(publish.status, 303);
    let late = post(addr, &format!("/items/{item}/edit"), urlencoded, form("改", "县统计局牵头").as_bytes()).await;
    assert_eq!(late.status, 409);
    assert!(late.body.contains("已经发布"), "{}", late.body);
    assert_eq!(post(addr, "/items/987654/edit", urlencoded, form("x", "").as_bytes()).await.status, 404);
}

/// The review lists first the rows whose roles rest on a default or a
/// guess, or that the import warned about, most doubtful first; a row
/// corrected by hand leaves that list and its assignments say so.
async fn doubtful_first(addr: std::net::SocketAddr) {
    let table = "乡镇重点工作分工表\n一、人居环境\n1.清理河塘沟渠。（乡农业办牵头，各村配合）\n2.拆除违章搭建。（乡城管中队、乡派出所）\n\
        二、平安建设\t<p>1. 排查矛盾纠纷。</p> <p>2. 整治交通隐患。</p> <p>3. 开展消防演练。</p>\t<p>乡综治办负责</p> <p>乡交管站负责</p>\n";
    let review_path = upload_text(addr, "township.txt", table).await;
    let review = get(addr, &review_path).await.body;
    // The three measures of a row with two phrases (and their task) were
    // warned about; the bare list comes after them; the row whose roles are
    // written is not listed.
    assert!(review.contains("先核对这 5 行"), "{review}");
    let first = review.split("class=\"check-first\"").nth(1).and_then(|t| t.split("</table>").next()).unwrap();
    let at = |text: &str| first.find(text);
    assert!(at("排查矛盾纠纷").unwrap() < at("拆除违章搭建").unwrap(), "{first}");
    assert_eq!(at("清理河塘沟渠"), None, "{first}");
    assert!(first.contains("原文未写角色，默认为负责") && first.contains("按顺序推断，请核对"), "{first}");
    // In the full table a default is marked where it stands.
    assert!(
        review.contains("title=\"原文未写角色，默认为负责\" class=\"doubtful\">负责乡城管中队<sup>?</sup>"),
        "{review}"
    );

    // The JSON says what each role rests on.
    // The main table's link (the list above links to the row's anchor).
    let id =
        review.rsplit_once("\">拆除违章搭建").and_then(|(t, _)| t.rsplit("href=\"/items/").next()).unwrap().to_string();
    let api: serde_json::Value = serde_json::from_str(&get(addr, &format!("/api/v1/items/{id}")).await.body).unwrap();
    assert_eq!(api["assignments"][0]["basis"], "bare-list", "{api}");

    // Corrected by hand, the row leaves the list and its roles are entered.
    let form = serde_urlencoded::to_string([
        ("number", "2"),
        ("text", "拆除违章搭建。"),
        ("departments", "乡城管中队牵头，乡派出所配合"),
        ("deadline", ""),
    ])
    .unwrap();
    let saved = post(addr, &format!("/items/{id}/edit"), "application/x-www-form-urlencoded", form.as_bytes()).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let review = get(addr, &review_path).await.body;
    assert!(review.contains("先核对这 4 行"), "{review}");
    let api: serde_json::Value = serde_json::from_str(&get(addr, &format!("/api/v1/items/{id}")).await.body).unwrap();
    assert_eq!((&api["assignments"][0]["role"], &api["assignments"][0]["basis"]), (&"lead".into(), &"entered".into()));
}

/// The API's import: a preview stores nothing, an import makes a draft,
/// an item is corrected with JSON, the version is published, and a later
/// correction is refused.
async fn import_through_the_api(addr: std::net::SocketAddr) {
    let table = "市级分工表\n一、稳就业\n（一）扩大就业\n1.开发公益性岗位。（市人力资源社会保障局牵头，市财政局参加，2025年底前）\n";
    let octets = "application/octet-stream";
    let json = |r: &Response| serde_json::from_str::<serde_json::Value>(&r.body).unwrap();
    let plans_before = json(&get(addr, "/api/v1/plans?limit=500").await)["items"].as_array().unwrap().len();
    let preview = post(addr, "/api/v1/imports?file_name=t.txt&dry_run=true", octets, table.as_bytes()).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert_eq!(json(&preview)["measures"], 1);
    assert_eq!(json(&get(addr, "/api/v1/plans?limit=500").await)["items"].as_array().unwrap().len(), plans_before);

    let created =
        post(addr, "/api/v1/imports?file_name=t.txt&title=%E5%B8%82%E7%BA%A7", octets, table.as_bytes()).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let created = json(&created);
    assert_eq!((created["title"].as_str(), created["published"].as_bool()), (Some("市级"), Some(false)));
    let plan_id = created["plan_id"].as_i64().unwrap();
    // The measure is the third item of the tree: area, task, measure.
    let review = get(addr, &format!("/plans/{plan_id}/versions/1")).await;
    let third = review.body.split("action=\"/items/").nth(3).and_then(|s| s.split('/').next()).unwrap().to_string();
    let items = json(&get(addr, &format!("/api/v1/items/{third}")).await);
    let item_id = items["id"].as_i64().unwrap();
    assert_eq!(items["text"], "开发公益性岗位。");

    let put = |body: serde_json::Value| {
        let body = body.to_string();
        async move { send(addr, "PUT", &format!("/api/v1/items/{item_id}"), "application/json", body.as_bytes()).await }
    };
    let fixed = put(serde_json::json!({"text": "开发城乡公益性岗位。", "number": "1",
        "assignments": [{"role": "lead", "name": "市人力资源社会保障局"}, {"role": "responsible", "name": "各区政府"}],
        "deadline": "2025年底前"}))
    .await;
    assert_eq!(fixed.status, 200, "{}", fixed.body);
    let fixed = json(&fixed);
    assert_eq!(fixed["text"], "开发城乡公益性岗位。");
    assert_eq!(fixed["assignments"][1]["role"], "responsible");
    let bad_role = put(serde_json::json!({"text": "x", "assignments": [{"role": "boss", "name": "市财政局"}]})).await;
    assert_eq!(bad_role.status, 400);
    assert!(bad_role.body.contains("assignments[0].role"), "{}", bad_role.body);
    assert_eq!(put(serde_json::json!({"text": ""})).await.status, 400);
    assert_eq!(send(addr, "PUT", &format!("/api/v1/items/{item_id}"), "application/json", b"{").await.status, 400);

    let published = post(addr, &format!("/api/v1/plans/{plan_id}/versions/1/publish"), octets, b"").await;
    assert_eq!(published.status, 200, "{}", published.body);
    let late = put(serde_json::json!({"text": "改"})).await;
    assert_eq!(late.status, 409);
    assert_eq!(late.header("content-type"), Some("application/problem+json"));
    assert_eq!(post(addr, &format!("/api/v1/plans/{plan_id}/versions/9/publish"), octets, b"").await.status, 404);
    assert_eq!(post(addr, "/api/v1/imports", octets, b"").await.status, 400);
}

/// A request as a given session (or none): raw, so that the test says
/// exactly which cookie and token it sends.
async fn request_as(
    addr: std::net::SocketAddr,
    method: &str,
    path: &str,
    session: Option<&(String, String)>,
    extra: &str,
) -> Response {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let auth = match session {
        Some((cookie, csrf)) => format!("Cookie: {cookie}\r\nX-CSRF-Token: {csrf}\r\n"),
        None => String::new(),
    };
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{auth}{extra}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 0\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    read_response(&mut stream).await
}

/// Signs in and returns (cookie, CSRF token) without making it the default.
async fn session_of(addr: std::net::SocketAddr, login: &str, password: &str) -> Result<(String, String), Response> {
    let form = serde_urlencoded::to_string([("login", login), ("password", password)]).unwrap();
    let r = send(addr, "POST", "/login", "application/x-www-form-urlencoded", form.as_bytes()).await;
    if r.status != 303 {
        return Err(r);
    }
    let cookie = r.header("set-cookie").unwrap().split(';').next().unwrap().to_string();
    let me = get_with(addr, "/api/v1/session", &format!("Cookie: none=1; {cookie}\r\n")).await;
    let csrf = serde_json::from_str::<serde_json::Value>(&me.body).unwrap()["csrf"].as_str().unwrap().to_string();
    Ok((cookie, csrf))
}

/// Every route of the policy table, as every role and anonymously: allowed
/// where the policy allows, refused (login for the anonymous, 403 for the
/// signed-in) where it does not.
#[tokio::test]
async fn who_may_do_what() {
    use duban_core::AccountRole;
    let store = SqliteStore::connect("sqlite::memory:").await.unwrap();
    for role in AccountRole::ALL {
        add_user(&store, role.as_str(), role, (role == AccountRole::Liaison).then_some("省编办")).await;
    }
    let sample =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/shandong-ip-division-table.txt")).unwrap();
    store.import_plan("样例", "seed.txt", &parse(&sample, &Options::default()).unwrap(), false).await.unwrap();
    let registry = Arc::new(duban_orgs::Registry::with_defaults(&[]).unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let store = Arc::new(store);
    let server = tokio::spawn(duban_web::serve_with(
        listener,
        store.clone(),
        registry.clone(),
        Some(registry),
        duban_web::Settings::default(),
    ));
    let mut checked = 0;
    let mut sessions: std::collections::HashMap<&str, (String, String)> = Default::default();
    for (method, pattern, action) in duban_web::policy::RULES {
        let path = pattern
            .replace("{id}", "1")
            .replace("{version}", "1")
            .replace("{org}", &encode("省编办"))
            .replace("{name}", &encode("省工商局"));
        for role in [
            None,
            Some(AccountRole::Admin),
            Some(AccountRole::Supervisor),
            Some(AccountRole::Liaison),
            Some(AccountRole::Viewer),
        ] {
            let session = match role {
                Some(r) => {
                    if !sessions.contains_key(r.as_str()) {
                        let s = session_of(addr, r.as_str(), PASSWORD).await.unwrap_or_else(|r| panic!("{}", r.body));
                        sessions.insert(r.as_str(), s);
                    }
                    sessions.get(r.as_str()).cloned()
                }
                None => None,
            };
            let r = request_as(addr, method.as_str(), &path, session.as_ref(), "").await;
            if *pattern == "/logout" {
                // Signing out ends the session: the next route signs in again.
                sessions.clear();
            }
            let to_login = r.status == 303 && r.header("location").is_some_and(|l| l.starts_with("/login?next="));
            // 401 from the API, 403 anywhere, or the way to the login page;
            // the login form's own 401 (a failed sign-in) is its answer.
            let refused = (r.status == 401 && path.starts_with("/api/")) || r.status == 403 || to_login;
            let who = role.map_or("anonymous", |r| r.as_str());
            if duban_web::policy::allows(role, *action) {
                assert!(!refused, "{who} {method} {path} should pass, got {} {}", r.status, r.body);
            } else if role.is_none() {
                let expected = if path.starts_with("/api/") { r.status == 401 } else { to_login };
                assert!(expected, "anonymous {method} {path}: {} {:?}", r.status, r.header("location"));
            } else {
                assert_eq!(r.status, 403, "{who} {method} {path}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 5 * 30, "{checked} checks");
    // Drafts are for those who manage plans: a viewer does not find one.
    let draft =
        store.import_plan("草稿", "draft.txt", &parse(&sample, &Options::default()).unwrap(), false).await.unwrap();
    let measure = store.item_refs(draft.plan_id, 1).await.unwrap()[2].id;
    let viewer = session_of(addr, "viewer", PASSWORD).await.unwrap();
    let supervisor = session_of(addr, "supervisor", PASSWORD).await.unwrap();
    let p = draft.plan_id;
    let paths = [
        format!("/plans/{p}"),
        format!("/api/v1/plans/{p}"),
        format!("/plans/{p}/matrix"),
        format!("/items/{measure}"),
        format!("/api/v1/items/{measure}"),
    ];
    // Search and workspaces leave the draft out for the viewer, not for the office.
    for path in [
        format!("/api/v1/search?q={}&limit=500", encode("专利")),
        format!("/api/v1/departments/{}/assignments?limit=500", encode("省编办")),
    ] {
        let plans_in = |session| {
            let path = path.clone();
            async move {
                let r = request_as(addr, "GET", &path, Some(session), "").await;
                let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
                v["items"].as_array().unwrap().iter().map(|e| e["plan_id"].as_i64().unwrap()).collect::<Vec<_>>()
            }
        };
        let seen_by_viewer = plans_in(&viewer).await;
        assert!(!seen_by_viewer.is_empty() && !seen_by_viewer.contains(&p), "{path}");
        assert!(plans_in(&supervisor).await.contains(&p), "{path}");
    }
    for path in &paths {
        assert_eq!(request_as(addr, "GET", path, Some(&viewer), "").await.status, 404, "viewer {path}");
        assert_eq!(request_as(addr, "GET", path, Some(&supervisor), "").await.status, 200, "supervisor {path}");
    }

    // A method and route missing from the table is refused to everyone, even an admin.
    let admin = session_of(addr, "admin", PASSWORD).await.unwrap();
    assert_eq!(request_as(addr, "DELETE", "/plans/1", Some(&admin), "").await.status, 403);
    server.abort();
}

/// Lockout after repeated failures, the idle timeout, CSRF and same-site
/// checks on writes, disabling an account, and the audit log of it all.
#[tokio::test]
async fn sign_in_is_guarded() {
    use duban_core::AccountRole;
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "admin", AccountRole::Admin, None).await;
    add_user(store.as_ref(), "clerk", AccountRole::Supervisor, None).await;
    let (addr, server) = serve_on_loopback(store.clone()).await;

    // Wrong passwords: the same answer as an unknown login, then a lock
    // that holds even for the right password.
    let unknown = session_of(addr, "nobody", PASSWORD).await.unwrap_err();
    assert_eq!(unknown.status, 401);
    assert!(unknown.body.contains("登录名或密码错误"));
    for k in 1..=duban_web::MAX_FAILURES {
        let r = session_of(addr, "clerk", "Wrong-Pass-2026").await.unwrap_err();
        assert_eq!(r.status, 401);
        assert_eq!(r.body.contains("暂时锁定"), k == duban_web::MAX_FAILURES, "attempt {k}");
    }
    let locked = session_of(addr, "clerk", PASSWORD).await.unwrap_err();
    assert!(locked.body.contains("暂时锁定"));
    assert!(store.user("clerk").await.unwrap().unwrap().locked_until > 0);

    // The idle timeout: a session unused for longer is over.
    let admin = session_of(addr, "admin", PASSWORD).await.unwrap();
    assert_eq!(request_as(addr, "GET", "/", Some(&admin), "").await.status, 200);
    let token = admin.0.split_once('=').unwrap().1;
    let long_ago = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
        - duban_web::IDLE_TIMEOUT
        - 5;
    store.touch_session(&duban_web::token_hash(token), long_ago).await.unwrap();
    let idle = request_as(addr, "GET", "/", Some(&admin), "").await;
    assert_eq!((idle.status, idle.header("location")), (303, Some("/login?next=%2F")));
    assert!(store.session(&duban_web::token_hash(token)).await.unwrap().is_none(), "the idle session is gone");

    // Writes need the session's CSRF token and must come from this site.
    let admin = session_of(addr, "admin", PASSWORD).await.unwrap();
    let no_token = (admin.0.clone(), "forged".to_string());
    let forged = request_as(addr, "POST", "/plans/1/versions/1/publish", Some(&no_token), "").await;
    assert_eq!(forged.status, 403);
    assert!(forged.body.contains("请求无法验证"));
    let elsewhere =
        request_as(addr, "POST", "/plans/1/versions/1/publish", Some(&admin), "Origin: http://evil.example\r\n").await;
    assert_eq!(elsewhere.status, 403);
    let here =
        request_as(addr, "POST", "/plans/1/versions/1/publish", Some(&admin), &format!("Origin: http://{addr}\r\n"))
            .await;
    assert_eq!(here.status, 404, "passes the checks; there is no plan 1");

    // Signing out ends the session.
    assert_eq!(request_as(addr, "POST", "/logout", Some(&admin), "").await.status, 303);
    assert_eq!(request_as(addr, "GET", "/", Some(&admin), "").await.status, 303);

    // Disabling an account ends its sessions and refuses sign-in.
    let admin = session_of(addr, "admin", PASSWORD).await.unwrap();
    store.set_password("clerk", &store.user("clerk").await.unwrap().unwrap().password_hash).await.unwrap();
    let clerk = session_of(addr, "clerk", PASSWORD).await.unwrap();
    store.set_disabled("clerk", true).await.unwrap();
    assert_eq!(request_as(addr, "GET", "/", Some(&clerk), "").await.status, 303);
    assert_eq!(session_of(addr, "clerk", PASSWORD).await.unwrap_err().status, 401);

    // The audit log tells it, to the administrator only.
    let log = request_as(addr, "GET", "/admin/audit?limit=500", Some(&admin), "").await;
    assert_eq!(log.status, 200);
    for action in ["login-failed", "locked", "login-locked", "login", "logout", "csrf-refused"] {
        assert!(log.body.contains(&format!("<td>{action}</td>")), "{action} in the audit log");
    }
    store.set_disabled("clerk", false).await.unwrap();
    let clerk = session_of(addr, "clerk", PASSWORD).await.unwrap();
    assert_eq!(request_as(addr, "GET", "/admin/audit", Some(&clerk), "").await.status, 403);
    let denied = store.audit_log(duban_store::Page::first(5)).await.unwrap().items;
    assert_eq!((denied[0].action.as_str(), denied[0].actor.as_deref()), ("denied", Some("clerk")));

    // The administrator disables an account from the accounts page; its session ends.
    let users = request_as(addr, "GET", "/admin/users", Some(&admin), "").await;
    assert!(users.status == 200 && users.body.contains("/admin/users/clerk/disable"), "{}", users.body);
    assert_eq!(request_as(addr, "POST", "/admin/users/clerk/disable", Some(&admin), "").await.status, 303);
    assert_eq!(request_as(addr, "GET", "/", Some(&clerk), "").await.status, 303);
    assert_eq!(
        request_as(addr, "POST", "/admin/users/admin/disable", Some(&admin), "").await.status,
        400,
        "not oneself"
    );
    assert_eq!(request_as(addr, "POST", "/admin/users/clerk/enable", Some(&admin), "").await.status, 303);
    assert!(!store.user("clerk").await.unwrap().unwrap().disabled);
    server.abort();
}

/// Waits (up to 10 s) until the page holds `text`.
async fn wait_for_text(client: &fantoccini::Client, text: &str) {
    for _ in 0..100 {
        if client.source().await.is_ok_and(|s| s.contains(text)) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the page never showed {text}");
}

/// A liaison signs for the department's assignments once; not for another
/// department's, not in a draft; others may not sign at all.
#[tokio::test]
async fn departments_acknowledge_their_assignments() {
    use duban_core::AccountRole;
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "bianban", AccountRole::Liaison, Some("省编办")).await;
    add_user(store.as_ref(), "office", AccountRole::Supervisor, None).await;
    let sample =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/shandong-ip-division-table.txt")).unwrap();
    let parsed = parse(&sample, &Options::default()).unwrap();
    store.import_plan("样例", "seed.txt", &parsed, true).await.unwrap();
    let draft = store.import_plan("草稿", "seed.txt", &parsed, false).await.unwrap();
    let (addr, server) = serve_on_loopback(store.clone()).await;
    let liaison = session_of(addr, "bianban", PASSWORD).await.unwrap();
    let office = session_of(addr, "office", PASSWORD).await.unwrap();

    let own = store.workspace("省编办", duban_store::Page::first(50)).await.unwrap().items;
    let published: Vec<_> = own.iter().filter(|e| e.plan_id != draft.plan_id).collect();
    let in_draft = own.iter().find(|e| e.plan_id == draft.plan_id).unwrap();
    let first = published[0].assignment_id;
    let page = request_as(addr, "GET", &format!("/departments/{}", encode("省编办")), Some(&liaison), "").await;
    assert!(page.body.contains(&format!("/assignments/{first}/acknowledge?csrf=")), "a button to sign");

    let signed = request_as(addr, "POST", &format!("/assignments/{first}/acknowledge"), Some(&liaison), "").await;
    assert_eq!(signed.status, 303, "{}", signed.body);
    let after = store.workspace("省编办", duban_store::Page::first(50)).await.unwrap().items;
    assert_eq!(
        after.iter().find(|e| e.assignment_id == first).unwrap().acknowledged.as_ref().map(|a| a.0.as_str()),
        Some("bianban")
    );
    let page = request_as(addr, "GET", &format!("/departments/{}", encode("省编办")), Some(&liaison), "").await;
    assert!(page.body.contains("已签收"));

    // Once only; not in a draft; not another department's; not for others.
    let again = request_as(addr, "POST", &format!("/api/v1/assignments/{first}/acknowledge"), Some(&liaison), "").await;
    assert_eq!(again.status, 409);
    assert!(again.body.contains("已由 bianban 签收"), "{}", again.body);
    let draft_ack = request_as(
        addr,
        "POST",
        &format!("/api/v1/assignments/{}/acknowledge", in_draft.assignment_id),
        Some(&liaison),
        "",
    )
    .await;
    assert_eq!(draft_ack.status, 409);
    let others = store.workspace("省公安厅", duban_store::Page::first(1)).await.unwrap().items[0].assignment_id;
    let foreign =
        request_as(addr, "POST", &format!("/api/v1/assignments/{others}/acknowledge"), Some(&liaison), "").await;
    assert_eq!(foreign.status, 404);
    let second = published[1].assignment_id;
    assert_eq!(
        request_as(addr, "POST", &format!("/assignments/{second}/acknowledge"), Some(&office), "").await.status,
        403
    );
    let api = request_as(addr, "POST", &format!("/api/v1/assignments/{second}/acknowledge"), Some(&liaison), "").await;
    assert_eq!(api.status, 200, "{}", api.body);
    let log = store.audit_log(duban_store::Page::first(10)).await.unwrap().items;
    assert!(log.iter().any(|e| e.action == "acknowledge" && e.target == format!("assignment {second}")));
    server.abort();
}

/// A report through its review over HTTP: the liaison drafts (the office
/// does not see it), submits; the office returns with a comment; the
/// liaison resubmits; the office accepts. A stale form and a bad field are
/// refused with the typed text kept.
#[tokio::test]
async fn reports_go_through_review() {
    use duban_core::AccountRole;
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "bianban", AccountRole::Liaison, Some("省编办")).await;
    add_user(store.as_ref(), "office", AccountRole::Supervisor, None).await;
    let sample =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/shandong-ip-division-table.txt")).unwrap();
    store.import_plan("样例", "seed.txt", &parse(&sample, &Options::default()).unwrap(), true).await.unwrap();
    let id = store.workspace("省编办", duban_store::Page::first(1)).await.unwrap().items[0].assignment_id;
    let (addr, server) = serve_on_loopback(store.clone()).await;
    let liaison = session_of(addr, "bianban", PASSWORD).await.unwrap();
    let office = session_of(addr, "office", PASSWORD).await.unwrap();
    let form = |fields: &[(&str, &str)]| serde_urlencoded::to_string(fields).unwrap();
    let post_as = |who: &(String, String), path: String, body: String| {
        let headers = format!("Cookie: none=1; {}\r\nX-CSRF-Token: {}\r\n", who.0, who.1);
        async move { send_with(addr, "POST", &path, &headers, body.as_bytes()).await }
    };
    let reports = format!("/assignments/{id}/reports");
    let review = format!("/assignments/{id}/review");
    let text = |version: &str, done: &str, step: &str| {
        form(&[
            ("period", "2026-11"),
            ("expected", version),
            ("progress", "on_track"),
            ("percent", "40"),
            ("done", done),
            ("step", step),
        ])
    };

    let page = request_as(addr, "GET", &format!("/assignments/{id}"), Some(&liaison), "").await;
    assert!(page.body.contains("填写进展") && page.body.contains("积极探索知识产权管理体制机制改革"), "{}", page.body);
    let saved = post_as(&liaison, reports.clone(), text("0", "已起草试点方案", "save")).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let seen_by_office = request_as(addr, "GET", &format!("/assignments/{id}"), Some(&office), "").await;
    assert!(!seen_by_office.body.contains("已起草试点方案"), "drafts are the department's");

    // Refused: a stale version (409), a bad percentage (400); the typed text stays in the form.
    let stale = post_as(&liaison, reports.clone(), text("0", "我的新内容", "submit")).await;
    assert_eq!(stale.status, 409);
    assert!(stale.body.contains("我的新内容") && stale.body.contains("已被他人更新"), "{}", stale.body);
    let bad = post_as(
        &liaison,
        reports.clone(),
        form(&[
            ("period", "2026-11"),
            ("expected", "1"),
            ("progress", "on_track"),
            ("percent", "abc"),
            ("done", "保留我"),
            ("step", "submit"),
        ]),
    )
    .await;
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("完成进度应为") && bad.body.contains("保留我"));
    // The office may not write a department's report; the department may not review.
    assert_eq!(post_as(&office, reports.clone(), text("1", "x", "submit")).await.status, 403);
    assert_eq!(
        post_as(&liaison, review.clone(), form(&[("period", "2026-11"), ("expected", "1"), ("step", "accept")]))
            .await
            .status,
        403
    );

    assert_eq!(post_as(&liaison, reports.clone(), text("1", "已完成试点方案", "submit")).await.status, 303);
    let returned = post_as(
        &office,
        review.clone(),
        form(&[("period", "2026-11"), ("expected", "2"), ("step", "return"), ("comment", "请补充试点地区")]),
    )
    .await;
    assert_eq!(returned.status, 303, "{}", returned.body);
    let back = request_as(addr, "GET", &format!("/assignments/{id}?period=2026-11"), Some(&liaison), "").await;
    assert!(back.body.contains("请补充试点地区") && back.body.contains("已退回"));
    assert_eq!(
        post_as(&liaison, reports.clone(), text("3", "已完成试点方案，含济南、青岛", "submit")).await.status,
        303
    );
    assert_eq!(
        post_as(&office, review.clone(), form(&[("period", "2026-11"), ("expected", "4"), ("step", "accept")]))
            .await
            .status,
        303
    );
    let done = request_as(addr, "GET", &format!("/assignments/{id}"), Some(&office), "").await;
    assert!(done.body.contains("已审核通过") && done.body.contains("历史版本（3）"), "{}", done.body);
    // An accepted period no longer offers the department's form, only another period.
    let closed = request_as(addr, "GET", &format!("/assignments/{id}?period=2026-11"), Some(&liaison), "").await.body;
    assert!(closed.contains("不能再修改") && !closed.contains("保存草稿"), "{closed}");
    let next = request_as(addr, "GET", &format!("/assignments/{id}?period=2026-12"), Some(&liaison), "").await.body;
    assert!(next.contains("保存草稿"));
    assert_eq!(store.reports(id, true).await.unwrap().len(), 5, "every version kept");

    // A participant reports; the lead sees it on its own page to consolidate.
    let item = store.assignment(id).await.unwrap().item_id;
    let (partner, partner_id) = duban_store_tests::participant_of(store.as_ref(), item).await;
    add_user(store.as_ref(), "partner", AccountRole::Liaison, Some(partner.as_str())).await;
    let partner_session = session_of(addr, "partner", PASSWORD).await.unwrap();
    let partner_reports = format!("/assignments/{partner_id}/reports");
    assert_eq!(post_as(&partner_session, partner_reports, text("0", "配合提供试点数据", "submit")).await.status, 303);
    let lead_page = request_as(addr, "GET", &format!("/assignments/{id}"), Some(&liaison), "").await;
    assert!(
        lead_page.body.contains("参加单位的报告") && lead_page.body.contains("配合提供试点数据"),
        "{}",
        lead_page.body
    );

    // Who acts next was told in-app: the department of the return and the
    // acceptance, the lead of the participant's report, the office of each submission.
    let theirs = request_as(addr, "GET", "/inbox", Some(&liaison), "").await.body;
    for told in ["【督办退回】", "请补充试点地区", "【审核通过】", "【参加单位报送】"] {
        assert!(theirs.contains(told), "{told}: {theirs}");
    }
    let offices = request_as(addr, "GET", "/inbox", Some(&office), "").await.body;
    assert!(offices.contains("【待审核】") && !offices.contains("【督办退回】"), "{offices}");

    // The office urges the department now, with its words; a liaison may not urge.
    let urge = format!("/assignments/{id}/urge");
    let urged = post_as(&office, urge.clone(), form(&[("words", "请本周内补充数据")])).await;
    let back = format!("/assignments/{id}?urged=1");
    assert_eq!((urged.status, urged.header("location")), (303, Some(back.as_str())));
    assert!(request_as(addr, "GET", &back, Some(&office), "").await.body.contains("已催办：发出 1 条消息"));
    assert!(request_as(addr, "GET", "/inbox", Some(&liaison), "").await.body.contains("请本周内补充数据"));
    assert_eq!(post_as(&liaison, urge, form(&[("words", "x")])).await.status, 403);
    server.abort();
}

/// The dashboard counts every assignment once; a report of "done" turns
/// its light green; departments are ranked by the documented score.
#[tokio::test]
async fn dashboard_counts_lights() {
    use duban_core::AccountRole;
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "bianban", AccountRole::Liaison, Some("省编办")).await;
    add_user(store.as_ref(), "reader", AccountRole::Viewer, None).await;
    let table = "市级分工表\n一、营商环境\n（一）审批改革\n1.推行一网通办。（市政务服务局牵头，2024年底前）\n\
                 2.压缩办理时限。（市发展改革委牵头，2090年底前）\n3.优化政务服务。（市发展改革委牵头）\n";
    let plan =
        store.import_plan("市级", "t.txt", &parse(table.as_bytes(), &Options::default()).unwrap(), true).await.unwrap();
    let total = store.statuses(plan.plan_id, 1, None).await.unwrap().len();
    assert_eq!(total, 3);
    // Only what is due by a day, when asked.
    let due = store.statuses(plan.plan_id, 1, Some("2025-06-30")).await.unwrap();
    assert_eq!(due.iter().map(|s| s.due.as_deref()).collect::<Vec<_>>(), [Some("2024-12-31")]);
    let (addr, server) = serve_on_loopback(store.clone()).await;
    let reader = session_of(addr, "reader", PASSWORD).await.unwrap();
    let count = |body: &str, light: &str, label: &str| -> usize {
        let marker = format!("<span class=\"light {light}\">{label} ");
        body.split(&marker).nth(1).and_then(|s| s.split('<').next()).and_then(|n| n.trim().parse().ok()).unwrap()
    };
    let path = format!("/plans/{}/dashboard", plan.plan_id);
    let before = request_as(addr, "GET", &path, Some(&reader), "").await;
    assert_eq!(before.status, 200, "{}", before.body);
    let (red, yellow, green) = (
        count(&before.body, "red", "红灯"),
        count(&before.body, "yellow", "黄灯"),
        count(&before.body, "green", "绿灯"),
    );
    assert_eq!(red + yellow + green, total, "every assignment counted once");
    assert_eq!((red, yellow, green), (1, 0, 2), "late, far off, ongoing");
    assert!(before.body.contains("部门排名") && before.body.contains("市发展改革委"));
    // Ranked by the score: 市发展改革委 (100) before 市政务服务局 (0).
    let ranking = before.body.split("部门排名").nth(1).unwrap();
    assert!(ranking.find("市发展改革委").unwrap() < ranking.find("市政务服务局").unwrap());

    // Its department's dashboard lists the late measure as overdue.
    let board = format!("/departments/{}/dashboard", encode("市政务服务局"));
    let overdue = |body: &str| body.split("id=\"overdue\"").nth(1).unwrap().contains("推行一网通办");
    assert!(overdue(&request_as(addr, "GET", &board, Some(&reader), "").await.body));

    // The late measure's department reports it done: it turns green.
    let statuses = store.statuses(plan.plan_id, 1, None).await.unwrap();
    let late = statuses.iter().find(|s| s.due.as_deref() == Some("2024-12-31")).expect("the late measure");
    let body = duban_core::ReportBody::new(duban_core::Progress::Done, 100, "已完成", "", "").unwrap();
    let who = duban_store::Reporter::Department { login: "dept", org: &late.org };
    let period = duban_core::Period::parse("2026-11").unwrap();
    store.report_step(late.assignment_id, &period, 0, who, &duban_store::ReportStep::Submit(body), 1).await.unwrap();
    let after = request_as(addr, "GET", &path, Some(&reader), "").await;
    assert_eq!(count(&after.body, "green", "绿灯"), green + 1);
    assert_eq!(count(&after.body, "red", "红灯"), red - 1);
    assert!(!overdue(&request_as(addr, "GET", &board, Some(&reader), "").await.body), "done is not overdue");
    // The ongoing measure's department reports it at risk: it is listed on yellow.
    let ongoing = statuses.iter().find(|s| s.due.is_none()).expect("the ongoing measure");
    let risky = duban_core::ReportBody::new(duban_core::Progress::AtRisk, 20, "资金未到位", "", "").unwrap();
    let who = duban_store::Reporter::Department { login: "dept", org: &ongoing.org };
    store
        .report_step(ongoing.assignment_id, &period, 0, who, &duban_store::ReportStep::Submit(risky), 2)
        .await
        .unwrap();
    let now = request_as(addr, "GET", &path, Some(&reader), "").await.body;
    let yellow = now.split("<table id=\"yellow\">").nth(1).unwrap().split("</table>").next().unwrap();
    assert!(yellow.contains("优化政务服务") && !yellow.contains("压缩办理时限"), "{yellow}");

    // Completion by area and by task: one of the three assignments is done.
    let task = after.body.split("<tr class=\"task\">").nth(1).unwrap().split("</tr>").next().unwrap();
    assert!(task.contains("审批改革") && task.contains("<td>33%</td>"), "{task}");
    let area = after.body.split("<tr class=\"area\">").nth(1).unwrap().split("</tr>").next().unwrap();
    assert!(area.contains("营商环境") && area.contains("<td>33%</td>"), "{area}");
    // A day in the far future: nothing unfinished with a deadline is left green.
    let later = request_as(addr, "GET", &format!("{path}?on=2091-01-01"), Some(&reader), "").await;
    assert_eq!(count(&later.body, "red", "红灯"), 1, "the far-off measure is late by then");
    assert_eq!(request_as(addr, "GET", &format!("{path}?on=someday"), Some(&reader), "").await.status, 400);

    // The circular is the office's: a viewer may not fetch it.
    let circular = format!("/plans/{}/circular.docx", plan.plan_id);
    assert_eq!(request_as(addr, "GET", &circular, Some(&reader), "").await.status, 403);
    add_user(store.as_ref(), "office", AccountRole::Supervisor, None).await;
    let office = session_of(addr, "office", PASSWORD).await.unwrap();
    for (path, kind) in [(circular.clone(), "wordprocessingml"), (circular.replace(".docx", ".xlsx"), "spreadsheetml")]
    {
        let r = request_as(addr, "GET", &path, Some(&office), "").await;
        assert_eq!(r.status, 200, "{path}");
        assert!(r.header("content-type").is_some_and(|t| t.contains(kind)));
        assert!(r.header("content-disposition").is_some_and(|d| d.contains("circular-")));
    }
    server.abort();
}

/// How the TLS SMTP sink talks: TLS from the first byte, or STARTTLS.
#[derive(Debug, Clone, Copy, PartialEq)]
enum SinkTls {
    Implicit,
    Starttls,
}

/// An SMTP sink on loopback with TLS (the test CA's certificate for
/// 127.0.0.1) that asks for a login: keeps every message and every AUTH
/// line.
async fn tls_smtp_sink(mode: SinkTls) -> (u16, Arc<std::sync::Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let kept = Arc::new(std::sync::Mutex::new(Vec::new()));
    let acceptor = test_tls_acceptor();
    let seen = kept.clone();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let (acceptor, seen) = (acceptor.clone(), seen.clone());
            tokio::spawn(async move {
                match mode {
                    SinkTls::Implicit => {
                        let Ok(tls) = acceptor.accept(tcp).await else { return };
                        smtp_dialogue(Box::new(tls), seen, None, true).await;
                    }
                    SinkTls::Starttls => smtp_dialogue(Box::new(tcp), seen, Some(acceptor), true).await,
                }
            });
        }
    });
    (port, kept)
}

/// The test CA's certificate for 127.0.0.1 as a TLS server.
fn test_tls_acceptor() -> tokio_rustls::TlsAcceptor {
    use tokio_rustls::rustls;
    use tokio_rustls::rustls::pki_types::pem::PemObject;
    use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let certs: Vec<CertificateDer> =
        CertificateDer::pem_file_iter(fixtures.join("webhook-test-cert.pem")).unwrap().map(|c| c.unwrap()).collect();
    let key = PrivateKeyDer::from_pem_file(fixtures.join("webhook-test-key.pem")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    tokio_rustls::TlsAcceptor::from(Arc::new(config))
}

/// A connection, plain or TLS.
trait Io: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send {}
impl<T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send> Io for T {}

/// One SMTP conversation; with `starttls`, the server offers STARTTLS and
/// goes on over TLS once asked. Logins are offered (and required) on a
/// protected connection only.
fn smtp_dialogue(
    stream: Box<dyn Io>,
    kept: Arc<std::sync::Mutex<Vec<String>>>,
    starttls: Option<tokio_rustls::TlsAcceptor>,
    mut greet: bool,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
    use tokio::io::{AsyncBufReadExt, BufReader};
    Box::pin(async move {
        let protected = starttls.is_none();
        let (read, mut write) = tokio::io::split(stream);
        let mut lines = BufReader::new(read);
        let mut data: Option<String> = None;
        let mut line = String::new();
        loop {
            if greet {
                if write.write_all(b"220 sink ESMTP\r\n").await.is_err() {
                    return;
                }
                greet = false;
            }
            line.clear();
            match lines.read_line(&mut line).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            let text = line.trim_end().to_string();
            if let Some(body) = data.as_mut() {
                if text == "." {
                    kept.lock().unwrap().push(std::mem::take(body));
                    data = None;
                    let _ = write.write_all(b"250 queued\r\n").await;
                } else {
                    body.push_str(&text);
                    body.push('\n');
                }
                continue;
            }
            let verb = text.split(' ').next().unwrap_or("").to_ascii_uppercase();
            let reply: &[u8] = match verb.as_str() {
                "EHLO" if !protected => b"250-sink\r\n250 STARTTLS\r\n",
                "EHLO" => b"250-sink\r\n250 AUTH PLAIN LOGIN\r\n",
                "STARTTLS" if !protected => {
                    let _ = write.write_all(b"220 go ahead\r\n").await;
                    let stream = lines.into_inner().unsplit(write);
                    let Some(acceptor) = starttls else { return };
                    let Ok(tls) = acceptor.accept(stream).await else { return };
                    // No second greeting: the client speaks first after STARTTLS.
                    return smtp_dialogue(Box::new(tls), kept, None, false).await;
                }
                "AUTH" => {
                    kept.lock().unwrap().push(format!("AUTH {text}"));
                    b"235 accepted\r\n"
                }
                "MAIL" if !protected => b"530 must issue STARTTLS first\r\n",
                "DATA" => {
                    data = Some(String::new());
                    b"354 go ahead\r\n"
                }
                "QUIT" => {
                    let _ = write.write_all(b"221 bye\r\n").await;
                    return;
                }
                _ => b"250 OK\r\n",
            };
            if write.write_all(reply).await.is_err() {
                return;
            }
        }
    })
}

/// E-mail over TLS: STARTTLS and implicit TLS, with a login, the relay's
/// certificate checked against the configured CA; a relay whose
/// certificate is not trusted gets nothing and the failure says why.
#[tokio::test]
async fn email_over_tls_with_a_login() {
    use duban_core::AccountRole;
    use duban_web::reminders::{ReminderSettings, Smtp, SmtpTls};
    let ca = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/webhook-test-ca.pem");
    for (mode, tls) in [(SinkTls::Starttls, SmtpTls::Starttls), (SinkTls::Implicit, SmtpTls::Tls)] {
        let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
        add_user(store.as_ref(), "zwfw", AccountRole::Liaison, Some("市政务服务局")).await;
        store.set_email("zwfw", Some("zwfw@example.org")).await.unwrap();
        let table = "市级分工表\n一、营商环境\n（一）审批改革\n1.推行一网通办。（市政务服务局牵头，2026年11月底前）\n";
        store.import_plan("市级", "t.txt", &parse(table.as_bytes(), &Options::default()).unwrap(), true).await.unwrap();
        let (port, kept) = tls_smtp_sink(mode).await;
        let mut settings = ReminderSettings {
            enabled: false,
            smtp: Some(Smtp {
                host: "127.0.0.1".into(),
                port,
                from: "duban@example.org".into(),
                tls,
                username: Some("duban".into()),
                password: Some("relay-secret".into()),
            }),
            ca_file: None,
            ..Default::default()
        };
        let today = duban_core::NaiveDate::from_ymd_opt(2026, 12, 30).unwrap();
        let now = 1_798_600_000;
        // Without the CA the relay is not trusted: nothing is sent.
        assert_eq!(duban_web::reminders::run_once(store.as_ref(), &settings, today, now).await.unwrap(), (Some(2), 0));
        assert!(kept.lock().unwrap().is_empty(), "{mode:?}");
        let failed = store.failed_messages(duban_store::Page::first(10)).await.unwrap().items;
        assert!(
            failed[0].last_error.as_deref().is_some_and(|e| e.to_lowercase().contains("certificate")),
            "{failed:?}"
        );
        settings.ca_file = Some(ca.clone());
        let sent = duban_web::reminders::run_once(store.as_ref(), &settings, today, now + 3_600).await.unwrap();
        let failed = store.failed_messages(duban_store::Page::first(10)).await.unwrap().items;
        assert_eq!(sent, (Some(0), 1), "{mode:?}: {failed:?}");
        let kept = kept.lock().unwrap().clone();
        assert!(kept.iter().any(|l| l.starts_with("AUTH ")), "logged in: {kept:?}");
        assert!(kept.iter().any(|m| m.contains("To: zwfw@example.org")), "{kept:?}");
    }
}

/// The subject of a message as the SMTP sink kept it, its RFC 2047
/// encoded words (`=?utf-8?b?…?=`, folded over lines) decoded.
fn subject_of(message: &str) -> String {
    use base64::Engine;
    let mut folded = String::new();
    let mut in_subject = false;
    for line in message.lines() {
        if let Some(rest) = line.strip_prefix("Subject: ") {
            folded.push_str(rest);
            in_subject = true;
        } else if in_subject && line.starts_with(' ') {
            folded.push_str(line.trim());
        } else if in_subject {
            break;
        }
    }
    let mut bytes = Vec::new();
    for word in folded.split("?=") {
        if let Some(b64) = word.trim().strip_prefix("=?utf-8?b?") {
            bytes.extend(base64::engine::general_purpose::STANDARD.decode(b64).unwrap_or_default());
        } else {
            bytes.extend(word.trim().as_bytes());
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A minimal SMTP sink on loopback: accepts every message and keeps it.
async fn smtp_sink() -> (u16, Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let mail = Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = mail.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(body) = data.as_mut() {
                        if line == "." {
                            kept.lock().unwrap().push(std::mem::take(body));
                            data = None;
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            body.push_str(&line);
                            body.push('\n');
                        }
                        continue;
                    }
                    let verb = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 sink\r\n",
                        "DATA" => {
                            data = Some(String::new());
                            b"354 go ahead\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            break;
                        }
                        _ => b"250 OK\r\n",
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, mail)
}

/// A webhook receiver on loopback: keeps every body posted to it.
async fn webhook_receiver() -> (String, Arc<std::sync::Mutex<Vec<String>>>) {
    let got = Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = got.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |body: String| {
            let kept = kept.clone();
            async move {
                kept.lock().unwrap().push(body);
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, got)
}

/// A webhook receiver over HTTPS on loopback, with the test CA's
/// certificate for 127.0.0.1 (tests/fixtures); keeps every body posted.
async fn https_webhook_receiver() -> (String, Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio_rustls::rustls;
    use tokio_rustls::rustls::pki_types::pem::PemObject;
    use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let certs: Vec<CertificateDer> =
        CertificateDer::pem_file_iter(fixtures.join("webhook-test-cert.pem")).unwrap().map(|c| c.unwrap()).collect();
    let key = PrivateKeyDer::from_pem_file(fixtures.join("webhook-test-key.pem")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("https://{}/hook", listener.local_addr().unwrap());
    let got = Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = got.clone();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let (acceptor, kept) = (acceptor.clone(), kept.clone());
            tokio::spawn(async move {
                // A client that does not trust the certificate gives up here.
                let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                let mut raw = Vec::new();
                let mut buf = [0u8; 4096];
                let body = loop {
                    let Ok(n) = tls.read(&mut buf).await else { return };
                    if n == 0 {
                        return;
                    }
                    raw.extend_from_slice(&buf[..n]);
                    let text = String::from_utf8_lossy(&raw).to_string();
                    if let Some((head, body)) = text.split_once("\r\n\r\n") {
                        let length: usize = head
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().to_string())
                            })
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(0);
                        if body.len() >= length {
                            break body.to_string();
                        }
                    }
                };
                kept.lock().unwrap().push(body);
                let _ = tls.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok").await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (url, got)
}

/// Webhooks over HTTPS: checked against the configured CA (an intranet's
/// own), delivered once; without that CA the certificate is not trusted,
/// nothing is delivered, and the failure is kept for a retry with the
/// reason.
#[tokio::test]
async fn https_webhooks_check_the_certificate() {
    use duban_core::AccountRole;
    use duban_web::reminders::{ReminderSettings, Webhook, WebhookKind};
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "zwfw", AccountRole::Liaison, Some("市政务服务局")).await;
    let table = "市级分工表\n一、营商环境\n（一）审批改革\n1.推行一网通办。（市政务服务局牵头，2026年11月底前）\n";
    store.import_plan("市级", "t.txt", &parse(table.as_bytes(), &Options::default()).unwrap(), true).await.unwrap();
    let (hook, posted) = https_webhook_receiver().await;
    let ca = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/webhook-test-ca.pem");
    let mut settings = ReminderSettings {
        enabled: false,
        webhooks: vec![Webhook { url: hook.clone(), kind: WebhookKind::Dingtalk }],
        ca_file: None,
        ..Default::default()
    };
    let today = duban_core::NaiveDate::from_ymd_opt(2026, 12, 30).unwrap();
    let now = 1_798_600_000;
    // Not trusted by the system's roots: refused, kept for a retry with why.
    assert_eq!(duban_web::reminders::run_once(store.as_ref(), &settings, today, now).await.unwrap(), (Some(2), 0));
    assert!(posted.lock().unwrap().is_empty());
    let failed = store.failed_messages(duban_store::Page::first(10)).await.unwrap().items;
    assert_eq!(failed.len(), 1);
    let why = failed[0].last_error.clone().unwrap_or_default();
    assert!(why.to_lowercase().contains("certificate") || why.contains("证书"), "{why}");
    // With the intranet's CA configured, the retry goes through, once.
    settings.ca_file = Some(ca);
    let later = now + 3_600;
    assert_eq!(duban_web::reminders::run_once(store.as_ref(), &settings, today, later).await.unwrap(), (Some(0), 1));
    assert_eq!(
        duban_web::reminders::run_once(store.as_ref(), &settings, today, later + 3_600).await.unwrap(),
        (Some(0), 0)
    );
    let posted = posted.lock().unwrap().clone();
    assert_eq!(posted.len(), 1);
    let body: serde_json::Value = serde_json::from_str(&posted[0]).unwrap();
    assert_eq!(body["msgtype"], "text");
    assert!(body["text"]["content"].as_str().unwrap().contains("推行一网通办"));
    // A CA file that cannot be read says so.
    settings.ca_file = Some("/nonexistent/ca.pem".into());
    store
        .enqueue(
            &[duban_store::NewMessage {
                key: "probe".into(),
                channel: duban_store::Channel::Webhook,
                recipient: hook,
                subject: "s".into(),
                body: "b".into(),
            }],
            later,
        )
        .await
        .unwrap();
    duban_web::reminders::send(store.as_ref(), &settings, later + 7_200).await.unwrap();
    let failed = store.failed_messages(duban_store::Page::first(10)).await.unwrap().items;
    assert!(
        failed.iter().any(|m| m.last_error.as_deref().is_some_and(|e| e.contains("无法读取 CA 证书文件"))),
        "{failed:?}"
    );
}

/// A deadline passes (the clock is handed in): the reminder reaches the
/// department in-app and by e-mail, the overdue one is escalated to the
/// supervisor and posted to the webhook, each exactly once however often
/// the rules run; a webhook that cannot be reached is retried and shown
/// to the administrator.
#[tokio::test]
async fn reminders_reach_everyone_once() {
    use duban_core::AccountRole;
    use duban_web::reminders::{ReminderSettings, Smtp, Webhook, WebhookKind};
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "zwfw", AccountRole::Liaison, Some("市政务服务局")).await;
    add_user(store.as_ref(), "office", AccountRole::Supervisor, None).await;
    add_user(store.as_ref(), "admin", AccountRole::Admin, None).await;
    store.set_email("zwfw", Some("zwfw@example.org")).await.unwrap();
    store.set_email("office", Some("office@example.org")).await.unwrap();
    let table = "市级分工表\n一、营商环境\n（一）审批改革\n1.推行一网通办。（市政务服务局牵头，2026年11月底前）\n\
                 2.压缩办理时限。（市政务服务局牵头，2027年1月5日前）\n3.优化政务服务。（市政务服务局牵头，2030年底前）\n";
    store.import_plan("市级", "t.txt", &parse(table.as_bytes(), &Options::default()).unwrap(), true).await.unwrap();
    let (smtp_port, mail) = smtp_sink().await;
    let (hook, posted) = webhook_receiver().await;
    let mut settings = ReminderSettings {
        enabled: false,
        days_before: 7,
        interval_secs: 60,
        smtp: Some(Smtp {
            host: "127.0.0.1".into(),
            port: smtp_port,
            from: "duban@example.org".into(),
            tls: duban_web::reminders::SmtpTls::None,
            username: None,
            password: None,
        }),
        webhooks: vec![Webhook { url: hook, kind: WebhookKind::Wecom }],
        ca_file: None,
    };
    // 2026-12-30: the first measure is a month late, the second due in 6 days, the third far off.
    let today = duban_core::NaiveDate::from_ymd_opt(2026, 12, 30).unwrap();
    let now = 1_798_600_000;
    // While another instance leads the job, this one computes nothing.
    use duban_store::Leader;
    let other = store.try_lead(duban_store::jobs::REMINDERS, now).await.unwrap().unwrap();
    assert_eq!(duban_web::reminders::run_once(store.as_ref(), &settings, today, now).await.unwrap(), (None, 0));
    store.release(other).await.unwrap();
    let queued = duban_web::reminders::queue(store.as_ref(), &settings, today, now).await.unwrap();
    // Late: liaison + supervisor, in-app and e-mail, and the webhook (5); due soon: liaison (2).
    assert_eq!(queued, 7);
    assert_eq!(
        duban_web::reminders::queue(store.as_ref(), &settings, today, now + 60).await.unwrap(),
        0,
        "queued once"
    );
    assert_eq!(duban_web::reminders::run_once(store.as_ref(), &settings, today, now).await.unwrap(), (Some(0), 4));
    assert_eq!(duban_web::reminders::send(store.as_ref(), &settings, now + 600).await.unwrap(), 0, "sent once");
    let mail = mail.lock().unwrap().clone();
    assert_eq!(mail.len(), 3, "{mail:?}");
    assert_eq!(mail.iter().filter(|m| m.contains("To: office@example.org")).count(), 1);
    assert_eq!(mail.iter().filter(|m| m.contains("To: zwfw@example.org")).count(), 2);
    let posted = posted.lock().unwrap().clone();
    assert_eq!(posted.len(), 1);
    let hook: serde_json::Value = serde_json::from_str(&posted[0]).unwrap();
    assert_eq!(hook["msgtype"], "text");
    assert!(hook["text"]["content"].as_str().unwrap().contains("推行一网通办"));

    // In-app: the department sees both, the supervisor the escalation only.
    let (addr, server) = serve_on_loopback(store.clone()).await;
    let zwfw = session_of(addr, "zwfw", PASSWORD).await.unwrap();
    let inbox = request_as(addr, "GET", "/inbox", Some(&zwfw), "").await.body;
    assert!(inbox.contains("【督办催办】") && inbox.contains("【督办提醒】"), "{inbox}");
    let office = session_of(addr, "office", PASSWORD).await.unwrap();
    let theirs = request_as(addr, "GET", "/inbox", Some(&office), "").await.body;
    assert!(theirs.contains("【督办催办】") && !theirs.contains("【督办提醒】"));

    // A webhook nobody answers: retried later, and listed for the administrator.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    settings.webhooks.push(Webhook { url: format!("http://{closed}/hook"), kind: WebhookKind::Json });
    assert_eq!(duban_web::reminders::queue(store.as_ref(), &settings, today, now + 700).await.unwrap(), 1);
    assert_eq!(duban_web::reminders::send(store.as_ref(), &settings, now + 700).await.unwrap(), 0);
    let admin = session_of(addr, "admin", PASSWORD).await.unwrap();
    let failures = request_as(addr, "GET", "/admin/outbox", Some(&admin), "").await.body;
    assert!(failures.contains(&closed.to_string()) && failures.contains("pending（1）"), "{failures}");
    assert_eq!(request_as(addr, "GET", "/admin/outbox", Some(&office), "").await.status, 403);
    server.abort();
}

/// Signs in through the login page in the browser.
async fn browser_sign_in(client: &fantoccini::Client, base: &str, login: &str) {
    use fantoccini::Locator;
    client.goto(&format!("{base}/login")).await.unwrap();
    client.find(Locator::Css("input[name=login]")).await.unwrap().send_keys(login).await.unwrap();
    client.find(Locator::Css("input[name=password]")).await.unwrap().send_keys(PASSWORD).await.unwrap();
    client.find(Locator::Css("form[action=\"/login\"] button")).await.unwrap().click().await.unwrap();
    page_at(client, "/").await;
}

/// Signs out with the header's button (from a freshly loaded page, so
/// that no navigation is still under way).
async fn browser_sign_out(client: &fantoccini::Client) {
    use fantoccini::Locator;
    let here = client.current_url().await.unwrap();
    client.goto(here.as_str()).await.unwrap();
    client.find(Locator::Css("form[action^=\"/logout\"] button")).await.unwrap().click().await.unwrap();
    page_at(client, "/login").await;
}

/// The supervision loop in a browser with three accounts: the office
/// publishes; the lead department acknowledges; the participant reports;
/// the lead, seeing it, submits the consolidated report; the office
/// returns it; the lead resubmits; the office accepts. Then a deadline
/// passes (the date is handed to the reminder run) and the urging shows
/// in the lead's inbox. Screenshots under target/artifacts/.
#[tokio::test]
async fn supervision_loop_in_a_browser() {
    use duban_core::AccountRole;
    use fantoccini::Locator;
    let dir = std::env::temp_dir().join(format!("duban-loop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let Some((client, mut driver)) = browser(&dir).await else { return };
    let store = Arc::new(SqliteStore::connect(&format!("sqlite://{}", dir.join("loop.db").display())).await.unwrap());
    let table = "县级分工表\n一、营商环境\n（一）审批改革\n1.推行一网通办。（县政务服务局牵头，县数据局参加，2026年11月底前）\n";
    let plan = store
        .import_plan("县级", "t.txt", &parse(table.as_bytes(), &Options::default()).unwrap(), false)
        .await
        .unwrap();
    add_user(store.as_ref(), "office", AccountRole::Supervisor, None).await;
    add_user(store.as_ref(), "lead", AccountRole::Liaison, Some("县政务服务局")).await;
    add_user(store.as_ref(), "helper", AccountRole::Liaison, Some("县数据局")).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut settings = duban_web::Settings::default();
    settings.reminders.enabled = false;
    // Reminders also go out by e-mail to a local SMTP sink and to a local
    // webhook receiver (a WeCom group robot's format).
    let (smtp_port, mail) = smtp_sink().await;
    let (hook, posted) = webhook_receiver().await;
    settings.reminders.smtp = Some(duban_web::reminders::Smtp {
        host: "127.0.0.1".into(),
        port: smtp_port,
        from: "duban@example.org".into(),
        tls: duban_web::reminders::SmtpTls::None,
        username: None,
        password: None,
    });
    settings.reminders.webhooks =
        vec![duban_web::reminders::Webhook { url: hook, kind: duban_web::reminders::WebhookKind::Wecom }];
    store.set_email("lead", Some("lead@example.org")).await.unwrap();
    let server = tokio::spawn(duban_web::serve_with(
        listener,
        store.clone(),
        Arc::new(duban_core::WrittenName),
        None,
        settings.clone(),
    ));
    let base = format!("http://{addr}");
    let artifacts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let shot = |name: &'static str, png: Vec<u8>| std::fs::write(artifacts.join(name), png).unwrap();
    let click = |css: &'static str| {
        let client = client.clone();
        async move { client.find(Locator::Css(css)).await.unwrap().click().await.unwrap() }
    };

    // The office publishes.
    browser_sign_in(&client, &base, "office").await;
    client.goto(&format!("{base}/plans/{}/versions/1", plan.plan_id)).await.unwrap();
    click("form[action*=publish] button").await;
    assert!(page_at(&client, &format!("/plans/{}", plan.plan_id)).await.contains("已发布"));
    browser_sign_out(&client).await;

    let lead_id = store.workspace("县政务服务局", duban_store::Page::first(5)).await.unwrap().items[0].assignment_id;
    let helper_id = store.workspace("县数据局", duban_store::Page::first(5)).await.unwrap().items[0].assignment_id;
    let report = |done: &'static str| {
        let client = client.clone();
        async move {
            let done_field = client.find(Locator::Css("textarea[name=done]")).await.unwrap();
            done_field.clear().await.unwrap();
            done_field.send_keys(done).await.unwrap();
            let percent = client.find(Locator::Css("input[name=percent]")).await.unwrap();
            percent.clear().await.unwrap();
            percent.send_keys("60").await.unwrap();
            client.find(Locator::Css("button[name=step][value=submit]")).await.unwrap().click().await.unwrap();
        }
    };

    // The lead department acknowledges.
    browser_sign_in(&client, &base, "lead").await;
    client.goto(&format!("{base}/departments/{}", encode("县政务服务局"))).await.unwrap();
    click("form[action*=acknowledge] button").await;
    wait_for_text(&client, "已签收").await;
    shot("loop-acknowledged.png", client.screenshot().await.unwrap());
    browser_sign_out(&client).await;

    // The participant reports.
    browser_sign_in(&client, &base, "helper").await;
    client.goto(&format!("{base}/assignments/{helper_id}")).await.unwrap();
    report("已完成数据接口对接").await;
    wait_for_text(&client, "已报送").await;
    browser_sign_out(&client).await;

    // The lead sees it and submits the consolidated report.
    browser_sign_in(&client, &base, "lead").await;
    client.goto(&format!("{base}/assignments/{lead_id}")).await.unwrap();
    wait_for_text(&client, "已完成数据接口对接").await;
    report("一网通办平台已上线，数据接口已对接").await;
    wait_for_text(&client, "已报送").await;
    shot("loop-consolidated.png", client.screenshot().await.unwrap());
    browser_sign_out(&client).await;

    // The office returns it with a comment.
    browser_sign_in(&client, &base, "office").await;
    client.goto(&format!("{base}/assignments/{lead_id}")).await.unwrap();
    client.find(Locator::Css("textarea[name=comment]")).await.unwrap().send_keys("请补充上线事项数").await.unwrap();
    click("button[name=step][value=return]").await;
    wait_for_text(&client, "已退回").await;
    browser_sign_out(&client).await;

    // The lead resubmits.
    browser_sign_in(&client, &base, "lead").await;
    client.goto(&format!("{base}/assignments/{lead_id}")).await.unwrap();
    wait_for_text(&client, "请补充上线事项数").await;
    report("一网通办平台已上线 120 项事项，数据接口已对接").await;
    wait_for_text(&client, "已报送").await;
    browser_sign_out(&client).await;

    // The office accepts.
    browser_sign_in(&client, &base, "office").await;
    client.goto(&format!("{base}/assignments/{lead_id}")).await.unwrap();
    click("button[name=step][value=accept]").await;
    wait_for_text(&client, "已审核通过").await;
    shot("loop-accepted.png", client.screenshot().await.unwrap());
    browser_sign_out(&client).await;

    // The accepted report is at 60 %: when the deadline has passed, the
    // lead is urged, in-app, by e-mail and in the group, once however often
    // the reminder run comes.
    // The date is handed in for the deadline; the times are the real ones,
    // so the notices of the walk just made are recent.
    let today = duban_core::NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
    let started = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    for run in 0..3 {
        let (queued, _) =
            duban_web::reminders::run_once(store.as_ref(), &settings.reminders, today, started + run * 600)
                .await
                .unwrap();
        let queued = queued.expect("this instance leads");
        assert_eq!(queued > 0, run == 0, "run {run} queued {queued}");
    }
    // The lead's mail: the three notices of the walk (the participant's
    // report, the return, the acceptance) and the urging, each once.
    let mail: Vec<String> =
        mail.lock().unwrap().iter().filter(|m| m.contains("To: lead@example.org")).map(|m| subject_of(m)).collect();
    assert_eq!(mail.len(), 4, "{mail:?}");
    for expected in ["【参加单位报送】", "【督办退回】", "【审核通过】", "【督办催办】县政务服务局：一项任务已逾期"]
    {
        assert_eq!(mail.iter().filter(|s| s.contains(expected)).count(), 1, "{expected} in {mail:?}");
    }
    let posted = posted.lock().unwrap().clone();
    let about_lead = posted.iter().filter(|p| p.contains("县政务服务局") && p.contains("逾期")).count();
    assert_eq!(about_lead, 1, "{posted:?}");
    browser_sign_in(&client, &base, "lead").await;
    client.goto(&format!("{base}/inbox")).await.unwrap();
    let inbox = client.source().await.unwrap();
    assert_eq!(inbox.matches("【督办催办】").count(), 1, "{inbox}");
    shot("loop-inbox.png", client.screenshot().await.unwrap());

    client.close().await.unwrap();
    let _ = driver.kill();
    let _ = driver.wait();
    server.abort();
    let _ = std::fs::remove_dir_all(&dir);
}

/// A plan's reporting cycle: the office sets it on the dashboard (a bad
/// day is refused with the typed form kept), the dashboard counts each
/// department's timeliness and the trend, the assignment page lists the
/// slots owed, and reminders chase the report due soon and the one missed.
#[tokio::test]
async fn reporting_cycles_count_timeliness_and_remind() {
    use duban_core::{AccountRole, NaiveDate, Period, Progress, ReportBody};
    use duban_store::{ReportStep, Reporter};
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "zwfw", AccountRole::Liaison, Some("市政务服务局")).await;
    add_user(store.as_ref(), "fgw", AccountRole::Liaison, Some("市发展改革委")).await;
    add_user(store.as_ref(), "office", AccountRole::Supervisor, None).await;
    let table = "市级分工表\n一、营商环境\n（一）审批改革\n1.推行一网通办。（市政务服务局牵头）\n\
                 2.压缩办理时限。（市发展改革委牵头）\n3.优化政务服务。（市发展改革委牵头）\n";
    let plan =
        store.import_plan("市级", "t.txt", &parse(table.as_bytes(), &Options::default()).unwrap(), true).await.unwrap();
    let (addr, server) = serve_on_loopback(store.clone()).await;
    let office = session_of(addr, "office", PASSWORD).await.unwrap();
    let zwfw = session_of(addr, "zwfw", PASSWORD).await.unwrap();
    let post_as = |who: &(String, String), path: String, fields: &[(&str, &str)]| {
        let (who, fields) =
            (who.clone(), fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>());
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            post_form(addr, &who, &path, &fields).await
        }
    };
    let dashboard = format!("/plans/{}/dashboard", plan.plan_id);
    let cycle = format!("/plans/{}/cycle", plan.plan_id);
    let before = request_as(addr, "GET", &dashboard, Some(&office), "").await.body;
    assert!(before.contains("尚未设置报送周期") && before.contains("id=\"cycle-form\""));

    // A day past 28 is refused, naming the field, and the form keeps the typed start.
    let refused =
        post_as(&office, cycle.clone(), &[("cadence", "monthly"), ("day", "40"), ("starts", "2026-09-01")]).await;
    assert_eq!(refused.status, 400);
    assert!(refused.body.contains("报送日应为 1 到 28") && refused.body.contains("value=\"2026-09-01\""));
    assert_eq!(post_as(&zwfw, cycle.clone(), &[("cadence", "monthly"), ("day", "5")]).await.status, 403);
    let set = post_as(&office, cycle.clone(), &[("cadence", "monthly"), ("day", "5"), ("starts", "2026-09-01")]).await;
    assert_eq!(set.status, 303, "{}", set.body);

    // 市政务服务局 reports September on time and October late; 市发展改革委 never.
    let at = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(9, 0, 0).unwrap().and_utc().timestamp();
    let statuses = store.statuses(plan.plan_id, 1, None).await.unwrap();
    let own = statuses.iter().find(|s| s.org == "市政务服务局").unwrap().assignment_id;
    let who = Reporter::Department { login: "zwfw", org: "市政务服务局" };
    let body = ReportBody::new(Progress::OnTrack, 40, "推进中", "", "").unwrap();
    for (period, when) in [("2026-09", at(2026, 10, 3)), ("2026-10", at(2026, 11, 8))] {
        let p = Period::parse(period).unwrap();
        store.report_step(own, &p, 0, who, &ReportStep::Submit(body.clone()), when).await.unwrap();
    }

    let seen = request_as(addr, "GET", &format!("{dashboard}?on=2026-11-20"), Some(&office), "").await;
    assert_eq!(seen.status, 200);
    let body = seen.body;
    // Owed so far: September and October for three assignments; one on time.
    assert!(body.contains("id=\"timeliness-overall\">16.7%"), "{body}");
    assert!(body.contains("每月报送，每期结束后次月 5 日前"));
    let row = |org: &str| body.split(&format!(">{org}</a>")).nth(1).unwrap().split("</tr>").next().unwrap().to_string();
    assert!(row("市政务服务局").contains("<td class=\"timeliness\">50.0%</td>"), "{}", row("市政务服务局"));
    assert!(row("市发展改革委").contains("<td class=\"timeliness\">0.0%</td>"));
    assert!(body.contains("<svg class=\"trend\"") && body.contains("<td>2026-10</td><td>2026-11-05</td>"));

    // The API gives the same figures.
    let api = format!("/api/v1/plans/{}/dashboard?on=2026-11-20", plan.plan_id);
    let json: serde_json::Value =
        serde_json::from_str(&request_as(addr, "GET", &api, Some(&office), "").await.body).unwrap();
    let reporting = &json["reporting"];
    assert_eq!(
        (reporting["timeliness"]["owed"].as_u64(), reporting["timeliness"]["on_time"].as_u64()),
        (Some(6), Some(1))
    );
    assert_eq!(reporting["trend"].as_array().unwrap().len(), 3, "September, October and the open November");

    // Each department's own dashboard counts the same, across its plans.
    let dept = |org: &str| format!("/departments/{}/dashboard?on=2026-11-20", encode(org));
    let own_board = request_as(addr, "GET", &dept("市政务服务局"), Some(&zwfw), "").await;
    assert_eq!(own_board.status, 200);
    assert!(own_board.body.contains("id=\"timeliness-overall\">50.0%"), "{}", own_board.body);
    assert!(
        own_board.body.contains("id=\"acknowledged\">0/1")
            && own_board.body.contains("<td>2026-10</td><td>2026-11-05</td>")
    );
    let theirs = request_as(addr, "GET", &dept("市发展改革委"), Some(&office), "").await.body;
    assert!(theirs.contains("id=\"timeliness-overall\">0.0%") && theirs.matches("class=\"plan-row\"").count() == 1);

    // The department's page lists its slots, newest first, and opens the current one.
    let page = request_as(addr, "GET", &format!("/assignments/{own}"), Some(&zwfw), "").await.body;
    let slots = page.split("class=\"slots\"").nth(1).unwrap().split("</table>").next().unwrap();
    let states: Vec<&str> = slots.split("<tr class=\"slot ").skip(1).map(|s| s.split('"').next().unwrap()).collect();
    assert_eq!(states, ["open", "late", "on_time"], "{slots}");
    assert!(page.contains("name=\"period\" value=\"2026-11\""), "the form opens on the open period");

    // 2026-11-30: November's report is due in five days (everyone is
    // reminded), October's is missing for 市发展改革委 (its liaison per
    // assignment, and one digest to the office).
    let settings = duban_web::reminders::ReminderSettings { enabled: false, ..Default::default() };
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let queued = duban_web::reminders::queue(store.as_ref(), &settings, today, at(2026, 11, 30)).await.unwrap();
    assert_eq!(queued, 3 + 2 + 1);
    assert_eq!(duban_web::reminders::queue(store.as_ref(), &settings, today, at(2026, 11, 30) + 60).await.unwrap(), 0);
    let fgw = session_of(addr, "fgw", PASSWORD).await.unwrap();
    let inbox = request_as(addr, "GET", "/inbox", Some(&fgw), "").await.body;
    assert!(
        inbox.contains("2026-10 期进展报告逾期未报送") && inbox.contains("2026-11 期进展报告请于 2026-12-05 前报送")
    );
    let digest = request_as(addr, "GET", "/inbox", Some(&office), "").await.body;
    assert!(digest.contains("2026-10 期进展报告：1 个部门逾期未报送"), "{digest}");
    server.abort();
}

/// A multipart body with a `period` field and a `file`; returns the
/// content type and the body.
fn evidence_upload(period: &str, name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "dubanevidence42";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"period\"\r\n\r\n{period}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Evidence files: a department uploads them to its report while it may
/// change it; wrong types, renamed files and oversized ones are refused
/// with the reason on the page; the office downloads them once the report
/// is submitted, and another department never sees a draft's files.
#[tokio::test]
async fn evidence_files_are_checked_and_kept() {
    use duban_core::AccountRole;
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "zwfw", AccountRole::Liaison, Some("市政务服务局")).await;
    add_user(store.as_ref(), "fgw", AccountRole::Liaison, Some("市发展改革委")).await;
    add_user(store.as_ref(), "office", AccountRole::Supervisor, None).await;
    let table = "市级分工表\n一、营商环境\n（一）审批改革\n1.推行一网通办。（市政务服务局牵头）\n";
    let plan =
        store.import_plan("市级", "t.txt", &parse(table.as_bytes(), &Options::default()).unwrap(), true).await.unwrap();
    let id = store.statuses(plan.plan_id, 1, None).await.unwrap()[0].assignment_id;
    let settings = duban_web::Settings { body_limit: 1 << 20, ..Default::default() };
    let (addr, server) = serve_with_settings(store.clone(), settings).await;
    let zwfw = session_of(addr, "zwfw", PASSWORD).await.unwrap();
    let upload = |who: (String, String), name: &str, bytes: Vec<u8>| {
        let (content_type, body) = evidence_upload("2026-11", name, &bytes);
        let headers =
            format!("Cookie: none=1; {}\r\nX-CSRF-Token: {}\r\nContent-Type: {content_type}\r\n", who.0, who.1);
        async move { send_raw(addr, "POST", &format!("/assignments/{id}/attachments"), &headers, &body).await }
    };

    let pdf = b"%PDF-1.7\n% minutes of the meeting\n".to_vec();
    let saved = upload(zwfw.clone(), "会议纪要.pdf", pdf.clone()).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let renamed = upload(zwfw.clone(), "报告.pdf", b"MZ\x90\x00 not a pdf".to_vec()).await;
    assert_eq!(renamed.status, 400);
    assert!(renamed.body.contains("扩展名与内容不符"), "{}", renamed.body);
    let exe = upload(zwfw.clone(), "tool.exe", b"MZ\x90\x00".to_vec()).await;
    assert!(exe.status == 400 && exe.body.contains("不接受文件「tool.exe」的类型"));
    let again = upload(zwfw.clone(), "纪要副本.pdf", pdf.clone()).await;
    assert!(again.status == 409 && again.body.contains("已附在这份报告上"));
    let big = [b"%PDF-".to_vec(), vec![b' '; 2 << 20]].concat();
    assert_eq!(upload(zwfw.clone(), "big.pdf", big).await.status, 413, "over the upload limit");
    // Another department may not upload to it.
    let fgw = session_of(addr, "fgw", PASSWORD).await.unwrap();
    assert_eq!(upload(fgw.clone(), "x.pdf", pdf.clone()).await.status, 404);

    let page = request_as(addr, "GET", &format!("/assignments/{id}?period=2026-11"), Some(&zwfw), "").await.body;
    let link = page.split("class=\"attachment\" href=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let file = request_as(addr, "GET", &link, Some(&zwfw), "").await;
    assert_eq!(file.status, 200);
    assert_eq!(file.body.as_bytes(), pdf.as_slice());
    assert!(file.header("content-disposition").is_some_and(|d| d.contains("filename*=UTF-8''%E4%BC%9A")));
    assert_eq!(file.header("content-type"), Some("application/pdf"));
    // Before the report is submitted the file is the department's alone.
    let office = session_of(addr, "office", PASSWORD).await.unwrap();
    assert_eq!(request_as(addr, "GET", &link, Some(&office), "").await.status, 404);
    assert_eq!(request_as(addr, "GET", &link, Some(&fgw), "").await.status, 404);
    let body = duban_core::ReportBody::new(duban_core::Progress::OnTrack, 30, "推进中", "", "").unwrap();
    let who = duban_store::Reporter::Department { login: "zwfw", org: "市政务服务局" };
    let period = duban_core::Period::parse("2026-11").unwrap();
    store.report_step(id, &period, 0, who, &duban_store::ReportStep::Submit(body), 1).await.unwrap();
    assert_eq!(request_as(addr, "GET", &link, Some(&office), "").await.status, 200);
    // Submitted: no more files for that period.
    let late = upload(zwfw.clone(), "补充.txt", "补充说明".as_bytes().to_vec()).await;
    assert!(late.status == 409 && late.body.contains("不能再添加附件"), "{}", late.body);
    let office_page = request_as(addr, "GET", &format!("/assignments/{id}"), Some(&office), "").await.body;
    assert!(office_page.contains("会议纪要.pdf"));
    server.abort();
}

/// Accounts on the web and API tokens: the administrator creates an
/// account (field errors keep what was typed) and sets a new password; the
/// person changes their own password (every session ends) and makes an API
/// token, which works on the API only, without CSRF, until revoked.
#[tokio::test]
async fn accounts_and_tokens_on_the_web() {
    use duban_core::AccountRole;
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "admin", AccountRole::Admin, None).await;
    let table = "市级分工表\n一、营商环境\n（一）审批改革\n1.推行一网通办。（市政务服务局牵头）\n";
    let plan =
        store.import_plan("市级", "t.txt", &parse(table.as_bytes(), &Options::default()).unwrap(), true).await.unwrap();
    let id = store.statuses(plan.plan_id, 1, None).await.unwrap()[0].assignment_id;
    let (addr, server) = serve_on_loopback(store.clone()).await;
    let admin = session_of(addr, "admin", PASSWORD).await.unwrap();
    let post_as = |who: &(String, String), path: &str, fields: &[(&str, &str)]| {
        let (who, path) = (who.clone(), path.to_string());
        let fields: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            post_form(addr, &who, &path, &fields).await
        }
    };
    let new = |password: &'static str, org: &'static str| {
        vec![("login", "zhaoliu"), ("name", "赵六"), ("role", "liaison"), ("org", org), ("password", password)]
    };

    let weak = post_as(&admin, "/admin/users", &new("short", "市政务服务局")).await;
    assert_eq!(weak.status, 400);
    assert!(weak.body.contains("初始密码：") && weak.body.contains("value=\"zhaoliu\""), "{}", weak.body);
    let no_org = post_as(&admin, "/admin/users", &new("Strong-Pass-2026", "")).await;
    assert!(no_org.status == 400 && no_org.body.contains("部门联络员须填写所在部门"));
    assert_eq!(post_as(&admin, "/admin/users", &new("Strong-Pass-2026", "市政务服务局")).await.status, 303);
    assert_eq!(post_as(&admin, "/admin/users", &new("Strong-Pass-2026", "市政务服务局")).await.status, 409);
    let created = store.user("zhaoliu").await.unwrap().unwrap();
    assert_eq!((created.role, created.org.as_deref()), (AccountRole::Liaison, Some("市政务服务局")));

    // The person changes their own password: the current one is asked for.
    let zl = session_of(addr, "zhaoliu", "Strong-Pass-2026").await.unwrap();
    let change = |current: &'static str, new: &'static str, repeat: &'static str| {
        vec![("current", current), ("new", new), ("repeat", repeat)]
    };
    let wrong =
        post_as(&zl, "/account/password", &change("Wrong-Pass-2026", "Newer-Pass-2027", "Newer-Pass-2027")).await;
    assert!(wrong.status == 400 && wrong.body.contains("当前密码不对"));
    let differ =
        post_as(&zl, "/account/password", &change("Strong-Pass-2026", "Newer-Pass-2027", "Newer-Pass-2028")).await;
    assert!(differ.status == 400 && differ.body.contains("两次输入的新密码不一致"));
    let weak = post_as(&zl, "/account/password", &change("Strong-Pass-2026", "weakweak", "weakweak")).await;
    assert!(weak.status == 400 && weak.body.contains("新密码："));
    let changed =
        post_as(&zl, "/account/password", &change("Strong-Pass-2026", "Newer-Pass-2027", "Newer-Pass-2027")).await;
    assert_eq!((changed.status, changed.header("location")), (303, Some("/login?changed=1")));
    assert_eq!(request_as(addr, "GET", "/account", Some(&zl), "").await.status, 303, "the old session ended");
    assert!(session_of(addr, "zhaoliu", "Strong-Pass-2026").await.is_err());
    let zl = session_of(addr, "zhaoliu", "Newer-Pass-2027").await.unwrap();

    // An API token: shown once, then good for the API (writes without CSRF), not for pages.
    let made = post_as(&zl, "/account/tokens", &[("name", "统计系统对接")]).await;
    assert_eq!(made.status, 200);
    let token = made.body.split("id=\"new-token\">").nth(1).unwrap().split('<').next().unwrap().to_string();
    assert!(token.starts_with("duban_") && token.len() == 70, "{token}");
    assert!(!request_as(addr, "GET", "/account", Some(&zl), "").await.body.contains(&token), "shown once");
    let bearer = format!("Authorization: Bearer {token}\r\n");
    assert_eq!(get_with(addr, "/api/v1/plans", &bearer).await.status, 200);
    let signed = send_with(addr, "POST", &format!("/api/v1/assignments/{id}/acknowledge"), &bearer, b"").await;
    assert_eq!(signed.status, 200, "{}", signed.body);
    assert_eq!(get_with(addr, "/account", &bearer).await.status, 303, "pages need a session");
    // Reports through the API with the token: submitted once; a stale version conflicts.
    let reports = format!("/api/v1/assignments/{id}/reports");
    let submit = serde_json::json!({"period": "2026-11", "expected": 0, "step": "submit", "progress": "on_track",
                                    "percent": 40, "done": "接口报送的进展"});
    let sent = send_with(addr, "POST", &reports, &bearer, submit.to_string().as_bytes()).await;
    assert_eq!(sent.status, 201, "{}", sent.body);
    let saved: serde_json::Value = serde_json::from_str(&sent.body).unwrap();
    assert_eq!((saved["version"].as_i64(), saved["state"].as_str()), (Some(1), Some("submitted")));
    assert_eq!(send_with(addr, "POST", &reports, &bearer, submit.to_string().as_bytes()).await.status, 409);
    let review = serde_json::json!({"period": "2026-11", "expected": 1, "step": "accept"});
    assert_eq!(
        send_with(addr, "POST", &reports, &bearer, review.to_string().as_bytes()).await.status,
        403,
        "a liaison does not review"
    );
    let wrong = serde_json::json!({"period": "2026-11", "expected": 1, "step": "submit", "progress": "on_track", "percent": 140});
    let refused = send_with(addr, "POST", &reports, &bearer, wrong.to_string().as_bytes()).await;
    assert!(refused.status == 400 && refused.body.contains("0 到 100"), "{}", refused.body);
    let listed: serde_json::Value = serde_json::from_str(&get_with(addr, &reports, &bearer).await.body).unwrap();
    assert_eq!(listed["items"][0]["done"], "接口报送的进展");
    let board: serde_json::Value =
        serde_json::from_str(&get_with(addr, &format!("/api/v1/plans/{}/dashboard", plan.plan_id), &bearer).await.body)
            .unwrap();
    assert_eq!(
        board["lights"]["green"].as_u64().unwrap()
            + board["lights"]["yellow"].as_u64().unwrap()
            + board["lights"]["red"].as_u64().unwrap(),
        1
    );
    assert_eq!(board["areas"][0]["tasks"][0]["text"], "审批改革");
    assert_eq!(get_with(addr, "/api/v1/plans", "Authorization: Bearer duban_forged\r\n").await.status, 401);
    let listed = request_as(addr, "GET", "/account", Some(&zl), "").await.body;
    let token_id = listed.split("/account/tokens/").nth(1).unwrap().split('/').next().unwrap().to_string();
    assert_eq!(post_as(&zl, &format!("/account/tokens/{token_id}/revoke"), &[]).await.status, 303);
    assert_eq!(get_with(addr, "/api/v1/plans", &bearer).await.status, 401, "revoked");
    assert!(request_as(addr, "GET", "/account", Some(&zl), "").await.body.contains("已吊销"));

    // The administrator sets a new password: checked, and the sessions end.
    let weak = post_as(&admin, "/admin/users/zhaoliu/password", &[("password", "short")]).await;
    assert!(weak.status == 400 && weak.body.contains("zhaoliu 的新密码"));
    assert_eq!(post_as(&admin, "/admin/users/zhaoliu/password", &[("password", "Reset-Pass-2026")]).await.status, 303);
    assert_eq!(request_as(addr, "GET", "/account", Some(&zl), "").await.status, 303);
    assert!(session_of(addr, "zhaoliu", "Reset-Pass-2026").await.is_ok());
    let log = store.audit_log(duban_store::Page::first(100)).await.unwrap().items;
    for action in ["user-add", "password-change", "token-add", "token-revoke", "token-refused", "user-passwd"] {
        assert!(log.iter().any(|e| e.action == action), "{action} audited");
    }
    server.abort();
}

/// The separation of the three administrators (三员分立): the system
/// administrator no longer disables accounts nor reads the audit log; the
/// security administrator disables; the auditor reads and exports the log.
#[tokio::test]
async fn three_administrators_keep_their_duties() {
    use duban_core::AccountRole;
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "sysadmin", AccountRole::Admin, None).await;
    add_user(store.as_ref(), "secadmin", AccountRole::Security, None).await;
    add_user(store.as_ref(), "auditor", AccountRole::Auditor, None).await;
    add_user(store.as_ref(), "reader", AccountRole::Viewer, None).await;
    let settings = duban_web::Settings { separation_of_duties: true, ..Default::default() };
    let (addr, server) = serve_with_settings(store.clone(), settings).await;
    let sys = session_of(addr, "sysadmin", PASSWORD).await.unwrap();
    let sec = session_of(addr, "secadmin", PASSWORD).await.unwrap();
    let aud = session_of(addr, "auditor", PASSWORD).await.unwrap();

    assert_eq!(request_as(addr, "GET", "/admin/audit", Some(&sys), "").await.status, 403);
    assert_eq!(request_as(addr, "POST", "/admin/users/reader/disable", Some(&sys), "").await.status, 403);
    let sys_page = request_as(addr, "GET", "/admin/users", Some(&sys), "").await.body;
    assert!(sys_page.contains("id=\"new-user\"") && !sys_page.contains("/disable?"));
    let sec_page = request_as(addr, "GET", "/admin/users", Some(&sec), "").await.body;
    assert!(sec_page.contains("/admin/users/reader/disable?") && !sec_page.contains("id=\"new-user\""));
    assert_eq!(request_as(addr, "POST", "/admin/users/reader/disable", Some(&sec), "").await.status, 303);
    assert!(store.user("reader").await.unwrap().unwrap().disabled);
    assert_eq!(request_as(addr, "GET", "/admin/audit", Some(&sec), "").await.status, 403);
    assert_eq!(request_as(addr, "GET", "/admin/users", Some(&aud), "").await.status, 403);

    let log = request_as(addr, "GET", "/admin/audit", Some(&aud), "").await;
    assert!(log.status == 200 && log.body.contains("user-disable"));
    let csv = request_as(addr, "GET", "/admin/audit.csv", Some(&aud), "").await;
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").is_some_and(|t| t.starts_with("text/csv")));
    assert!(csv.body.starts_with('\u{feff}') && csv.body.contains("时间,操作人,操作,对象,详情,来源地址"));
    assert!(csv.body.contains("secadmin,user-disable,reader"), "{}", csv.body);
    assert!(csv.body.contains("sysadmin,denied,/admin/audit"), "refusals are in the log");
    server.abort();
}

/// Issue 10 item 8: a department renamed on the review page and kept is
/// written to the installation's registry file as an alias, audited, and
/// read by the next import (and by a registry loaded from that file).
#[tokio::test]
async fn corrections_teach_the_next_import() {
    let dir = std::env::temp_dir().join(format!("duban-learn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let learned = dir.join("learned-orgs.toml");
    let _ = std::fs::remove_file(&learned);
    let registry = Arc::new(duban_orgs::Registry::with_defaults(&[]).unwrap());
    let store = Arc::new(SqliteStore::connect("sqlite::memory:").await.unwrap());
    add_user(store.as_ref(), "office", duban_core::AccountRole::Supervisor, None).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let settings = duban_web::Settings { learned_orgs: Some(learned.clone()), ..Default::default() };
    let server = tokio::spawn(duban_web::serve_with(
        listener,
        store.clone(),
        registry.clone(),
        Some(registry.clone()),
        settings,
    ));
    sign_in(addr, "office").await;

    let import = |name: &'static str, table: &'static str| async move {
        let review_path = upload_text(addr, name, table).await;
        let review = get(addr, &review_path).await.body;
        let id =
            review.rsplit_once("\">修缮").and_then(|(t, _)| t.rsplit("href=\"/items/").next()).unwrap().to_string();
        (review, id)
    };
    let (review, id) = import(
        "first.txt",
        "永丰县人民政府办公室关于印发交通重点任务分工的通知\n一、交通\n1.修缮乡村公路。（县路桥办牵头）\n",
    )
    .await;
    assert!(review.contains("name=\"remember\""), "the form offers to keep the correction");
    let form = serde_urlencoded::to_string([
        ("number", "1"),
        ("text", "修缮乡村公路。"),
        ("departments", "县交通运输局牵头"),
        ("deadline", ""),
        ("remember", "1"),
    ])
    .unwrap();
    let saved = post(addr, &format!("/items/{id}/edit"), "application/x-www-form-urlencoded", form.as_bytes()).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let text = std::fs::read_to_string(&learned).expect("the registry file is written");
    assert!(text.contains("written = \"县路桥办\"") && text.contains("org = \"永丰县交通运输局\""), "{text}");
    let log = store.audit_log(duban_store::Page::first(50)).await.unwrap().items;
    assert!(log.iter().any(|e| e.action == "keep-alias" && e.target.contains("县路桥办")), "{log:?}");

    // The next import reads the old spelling as the body chosen.
    let (_, id) = import(
        "second.txt",
        "永丰县人民政府办公室关于印发养护重点任务分工的通知\n一、养护\n1.修缮危桥三座。（县路桥办负责）\n",
    )
    .await;
    let api: serde_json::Value = serde_json::from_str(&get(addr, &format!("/api/v1/items/{id}")).await.body).unwrap();
    assert_eq!(api["assignments"][0]["org"], "永丰县交通运输局", "{api}");
    server.abort();

    // So does a registry loaded from the file, as `serve` does at start.
    let source = duban_orgs::Source { name: learned.display().to_string(), text };
    let reloaded = duban_orgs::Registry::with_defaults(&[source]).unwrap();
    let r = duban_core::ResolveOrg::resolve(&reloaded, "县路桥办", &duban_core::Context::default()).unwrap();
    assert_eq!(r.how, duban_core::MatchKind::Alias);
    let _ = std::fs::remove_dir_all(&dir);
}
