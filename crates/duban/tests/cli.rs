//! The `duban` binary, driven as a user would: files in, output and exit
//! status out.

use std::path::PathBuf;
use std::process::{Command, Output};

fn duban(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_duban")).args(args).output().expect("run duban")
}

/// `duban ARGS --database URL` in `dir`, with `stdin` as its input.
fn duban_on(url: &str, dir: &std::path::Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_duban"))
        .args(args)
        .args(["--database", url])
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run duban");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn sample() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../samples/shandong-ip-division-table.txt").display().to_string()
}

/// A file in its own directory under the system temp dir, removed when
/// dropped.
struct TempFile {
    dir: PathBuf,
    path: PathBuf,
}

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let dir = std::env::temp_dir().join(format!("duban-cli-{}-{}", std::process::id(), name.replace('.', "-")));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        TempFile { dir, path }
    }

    fn arg(&self) -> &str {
        self.path.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn json_output_follows_the_contract() {
    let out = duban(&["parse", &sample(), "--json"]);
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["title"], "山东省知识产权强省建设实施方案重点任务分工表");
    let areas = v["items"].as_array().unwrap();
    assert_eq!(areas.len(), 5);
    let first = &areas[0]["children"][0]["children"][0];
    assert_eq!(first["number"], "1");
    assert_eq!(first["line"], 6);
    assert_eq!(first["assignments"][0]["role"], "lead");
    assert_eq!(first["assignments"][0]["as_written"], "省编办");
    assert_eq!(first["assignments"][0]["org"], "中共山东省委机构编制委员会办公室");
    let d = &v["diagnostics"][0];
    for key in ["severity", "code", "line", "message", "excerpt"] {
        assert!(d.get(key).is_some(), "diagnostic has {key}");
    }
}

#[test]
fn human_output_shows_tree_and_diagnostics_without_colour_in_a_pipe() {
    let out = duban(&["parse", &sample()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("一、 推进知识产权管理体制机制改革"));
    assert!(text.contains("牵头：省编办"));
    assert!(text.contains("警告[phrase-count-mismatch]"));
    assert!(text.contains("--> "), "diagnostics point at the source");
    assert!(text.lines().any(|l| l.trim_start().starts_with('|') && l.contains('^')), "a caret line");
    assert!(!text.contains('\u{1b}'), "no ANSI escapes when not on a terminal");
    let forced = duban(&["parse", &sample(), "--color", "always"]);
    assert!(String::from_utf8_lossy(&forced.stdout).contains('\u{1b}'));
}

#[test]
fn unreadable_inputs_fail_with_one_clear_line() {
    let missing = duban(&["parse", "/nonexistent/分工表.txt"]);
    assert!(!missing.status.success());
    let err = String::from_utf8(missing.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("duban: 无法读取文件"));

    for (name, bytes, needle) in [
        ("empty.txt", &b""[..], "文件为空"),
        ("bin.dat", &[0u8, 1, 2, 3, 0, 0, 7][..], "二进制"),
        ("table.pdf", &b"%PDF-1.7\n"[..], "PDF"),
    ] {
        let file = TempFile::new(name, bytes);
        let out = duban(&["parse", file.arg()]);
        assert!(!out.status.success(), "{name} should fail");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(err.contains(needle), "{name}: {err}");
    }
}

#[test]
fn gbk_text_and_forced_format() {
    let (gbk, _, _) = encoding_rs::GBK.encode("一、安全生产\n1. 开展隐患排查。（县应急管理局牵头）\n");
    let file = TempFile::new("gbk.txt", &gbk);
    let out = duban(&["parse", file.arg(), "--json", "--format", "text"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["items"][0]["children"][0]["assignments"][0]["as_written"], "县应急管理局");
}

#[test]
fn org_resolve_show_and_list() {
    let out = duban(&["org", "resolve", "省工商总局", "--on", "2020-01-01"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("近似（fuzzy）"), "{text}");
    assert!(text.contains("山东省市场监督管理局"), "successor on 2020-01-01: {text}");

    let out = duban(&["org", "show", "省工商局"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("沿革"), "{text}");
    assert!(text.contains("并入 山东省市场监督管理局"), "{text}");

    let out = duban(&["org", "list", "--level", "national"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("国家知识产权局"));
    assert!(!text.contains("山东省财政厅"));

    let out = duban(&["org", "show", "不存在的机构"]);
    assert!(!out.status.success());
    assert_eq!(String::from_utf8(out.stderr).unwrap().lines().count(), 1);
}

#[test]
fn user_registry_files_override_and_bad_ones_are_refused() {
    let user = TempFile::new(
        "orgs.toml",
        "[[org]]\nname = \"济南市大数据局\"\naliases = [\"市大数据局\"]\nlevel = \"city\"\nregion = \"济南市\"\nkind = \"government\"\n"
            .as_bytes(),
    );
    let out = duban(&["org", "resolve", "市大数据局", "--orgs", user.arg()]);
    assert!(String::from_utf8(out.stdout).unwrap().contains("济南市大数据局"));

    let bad = TempFile::new("bad.toml", b"[[org]]\nname = \"x\"\nlevel = nope\n");
    let out = duban(&["parse", &sample(), "--orgs", bad.arg()]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("bad.toml:3"), "file and line: {err}");
}

#[test]
fn parse_resolves_names_through_the_registry() {
    let out = duban(&["parse", &sample(), "--json", "--on", "2024-01-01"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &v["items"][0]["children"][0]["children"][0]["assignments"];
    assert_eq!(first[0]["as_written"], "省编办");
    assert_ne!(first[0]["org"], "省编办", "canonical name from the registry");
    let diags = v["diagnostics"].as_array().unwrap();
    let has = |code: &str, needle: &str| {
        diags.iter().any(|d| d["code"] == code && d["message"].as_str().unwrap_or("").contains(needle))
    };
    assert!(has("fuzzy-department", "省工商总局"));
    assert!(has("department-succeeded", "省工商局"));
}

#[test]
fn a_countys_bodies_resolve_as_that_countys() {
    let text = "湘潭县人民政府办公室关于印发2025年重点民生工作分工的通知\n\
        一、改造农村公路40公里。（县交通局牵头，县财政局、县发改局配合）\n\
        二、新建城区停车位800个。（县住建局、县城管局负责，团县委参与）\n\
        三、整治小餐饮门店。（县工商局负责，县某某协调专班配合）\n";
    let doc = TempFile::new("county-plan.txt", text.as_bytes());
    let out = duban(&["parse", doc.arg(), "--json", "--on", "2025-06-01"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let orgs: Vec<(String, String)> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["assignments"].as_array().unwrap().iter())
        .map(|a| (a["as_written"].as_str().unwrap().to_string(), a["org"].as_str().unwrap().to_string()))
        .collect();
    let org = |w: &str| orgs.iter().find(|(a, _)| a == w).map(|(_, o)| o.as_str());
    assert_eq!(org("县交通局"), Some("湘潭县交通运输局"));
    assert_eq!(org("县发改局"), Some("湘潭县发展和改革局"));
    assert_eq!(org("团县委"), Some("共青团湘潭县委员会"));
    assert_eq!(org("县工商局"), Some("湘潭县工商行政管理局"));
    let diags = v["diagnostics"].as_array().unwrap();
    let unknown: Vec<&str> =
        diags.iter().filter(|d| d["code"] == "unknown-department").map(|d| d["message"].as_str().unwrap()).collect();
    assert_eq!(unknown.len(), 1, "only the name no template knows: {unknown:?}");
    assert!(unknown[0].contains("县某某协调专班"));
    assert!(diags.iter().any(
        |d| d["code"] == "department-succeeded" && d["message"].as_str().unwrap().contains("湘潭县市场监督管理局")
    ));

    let out = duban(&["org", "resolve", "区卫健局", "--in", "贵州省遵义市播州区"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("播州区卫生健康局") && text.contains("template"), "{text}");
    let out = duban(&["org", "resolve", "区卫健局", "--in", "重点任务"]);
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("不是可识别的地方名称"));
}

#[test]
fn import_into_sqlite_makes_versions() {
    let dir = std::env::temp_dir().join(format!("duban-cli-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("duban.db").display());
    let first = duban(&["import", &sample(), "--database", &url]);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let text = String::from_utf8(first.stdout).unwrap();
    assert!(text.contains("第 1 版") && text.contains("54 项措施") && text.contains("草稿"), "{text}");
    let second = duban(&["import", &sample(), "--database", &url, "--publish", "--plan-title", "山东知识产权"]);
    assert!(String::from_utf8(second.stdout).unwrap().contains("《山东知识产权》第 1 版"));
    let third = duban(&["import", &sample(), "--database", &url]);
    let text = String::from_utf8(third.stdout).unwrap();
    assert!(text.contains("第 2 版"));
    assert!(text.contains("与第 1 版相比：新增 0 项，删除 0 项，修改 0 项，未变 54 项"), "{text}");
    let bad = duban(&["migrate", "--database", "mysql://somewhere"]);
    assert!(!bad.status.success());
    assert_eq!(String::from_utf8(bad.stderr).unwrap().lines().count(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn settings_come_from_flags_then_environment_then_config_file() {
    let dir = std::env::temp_dir().join(format!("duban-cli-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_duban"));
        cmd.current_dir(&dir).args(args).env_remove("DUBAN_DATABASE_URL").env_remove("DUBAN_CONFIG");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().expect("run duban")
    };
    // duban.toml in the working directory is read without being named.
    let from_file = format!("sqlite://{}", dir.join("from-file.db").display());
    std::fs::write(dir.join("duban.toml"), format!("database = \"{from_file}\"\n")).unwrap();
    let out = run(&["migrate"], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.join("from-file.db").exists());
    // The environment beats the file, the flag beats both.
    let from_env = format!("sqlite://{}", dir.join("from-env.db").display());
    assert!(run(&["migrate"], &[("DUBAN_DATABASE_URL", &from_env)]).status.success());
    assert!(dir.join("from-env.db").exists());
    let from_flag = format!("sqlite://{}", dir.join("from-flag.db").display());
    assert!(run(&["migrate", "--database", &from_flag], &[("DUBAN_DATABASE_URL", &from_env)]).status.success());
    assert!(dir.join("from-flag.db").exists());
    // A named file must exist; a wrong key is refused with its line.
    let missing = run(&["--config", "nowhere.toml", "migrate"], &[]);
    assert!(String::from_utf8(missing.stderr).unwrap().contains("无法读取配置文件 nowhere.toml"));
    std::fs::write(dir.join("bad.toml"), "bind = \"127.0.0.1:1\"\n\ndatabase_url = \"x\"\n").unwrap();
    let bad = run(&["migrate"], &[("DUBAN_CONFIG", "bad.toml")]);
    let err = String::from_utf8(bad.stderr).unwrap();
    assert!(!bad.status.success());
    assert!(err.contains("bad.toml") && err.contains("第 3 行") && err.contains("database_url"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn accounts_from_the_command_line() {
    let dir = std::env::temp_dir().join(format!("duban-cli-users-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("users.db").display());
    let run = |args: &[&str], stdin: &str| duban_on(&url, &dir, args, stdin);
    let weak = run(&["user", "add", "zhangsan", "--role", "supervisor"], "short\n");
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("密码至少 10 个字符"));
    let added = run(
        &["user", "add", "ZhangSan", "--role", "supervisor", "--name", "张三", "--email", "zs@example.org"],
        "Strong-Pass-2026\n",
    );
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    let again = run(&["user", "add", "zhangsan", "--role", "viewer"], "Strong-Pass-2026\n");
    assert!(String::from_utf8_lossy(&again.stderr).contains("已被使用"));
    let liaison = run(&["user", "add", "lisi", "--role", "liaison"], "Strong-Pass-2026\n");
    assert!(String::from_utf8_lossy(&liaison.stderr).contains("--org"));
    assert!(run(&["user", "disable", "zhangsan"], "").status.success());
    let list = String::from_utf8(run(&["user", "list"], "").stdout).unwrap();
    assert!(list.contains("zhangsan\t张三\t督办人员\t\tzs@example.org\t停用"), "{list}");
    assert!(run(&["user", "enable", "zhangsan"], "").status.success());
    assert!(run(&["user", "passwd", "zhangsan"], "Another-Pass-2026\n").status.success());
    let missing = run(&["user", "passwd", "nobody"], "Another-Pass-2026\n");
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nobody"));
    // API tokens: printed once on stdout, listed, revoked.
    let made = run(&["user", "token", "zhangsan", "--name", "统计系统对接"], "");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let token = String::from_utf8(made.stdout).unwrap();
    assert!(token.trim().starts_with("duban_") && token.trim().len() == 70, "{token}");
    let tokens = String::from_utf8(run(&["user", "tokens", "zhangsan"], "").stdout).unwrap();
    assert!(tokens.contains("统计系统对接") && tokens.contains("有效"), "{tokens}");
    let id = tokens.lines().nth(1).unwrap().split('\t').next().unwrap().to_string();
    assert!(run(&["user", "revoke", "zhangsan", &id], "").status.success());
    assert!(String::from_utf8(run(&["user", "tokens", "zhangsan"], "").stdout).unwrap().contains("已吊销"));
    assert!(!run(&["user", "revoke", "zhangsan", &id], "").status.success(), "already revoked");
    let _ = std::fs::remove_dir_all(&dir);
}

/// One HTTP/1.1 request on its own connection: (status, head, body).
fn http(addr: &str, method: &str, path: &str, headers: &str, body: &str) -> std::io::Result<(u16, String, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30)))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{headers}\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).ok_or(std::io::ErrorKind::UnexpectedEof)?;
    Ok((status, head.to_string(), body.to_string()))
}

/// A `duban serve` on a port of its own, with reminders off.
struct Server {
    child: std::process::Child,
    addr: String,
}

impl Server {
    fn start(url: &str, dir: &std::path::Path) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let addr = format!("127.0.0.1:{port}");
        std::fs::write(dir.join("duban.toml"), "[reminders]\nenabled = false\n").unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_duban"))
            .args(["serve", "--database", url, "--bind", &addr])
            .current_dir(dir)
            .env_remove("DUBAN_CONFIG")
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("start duban serve");
        let started = std::time::Instant::now();
        while std::net::TcpStream::connect(&addr).is_err() {
            assert!(started.elapsed().as_secs() < 60, "duban serve did not start on {addr}");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Server { child, addr }
    }

    /// Signs in; returns the headers that carry the session and CSRF token.
    fn sign_in(&self, login: &str, password: &str) -> String {
        let form = serde_urlencoded::to_string([("login", login), ("password", password)]).unwrap();
        let (status, head, _) = http(&self.addr, "POST", "/login", "", &form).unwrap();
        assert_eq!(status, 303, "{head}");
        let cookie = head
            .lines()
            .find_map(|l| l.strip_prefix("set-cookie: ").or_else(|| l.strip_prefix("Set-Cookie: ")))
            .and_then(|c| c.split(';').next())
            .unwrap()
            .to_string();
        let (_, _, me) = http(&self.addr, "GET", "/api/v1/session", &format!("Cookie: {cookie}\r\n"), "").unwrap();
        let csrf = serde_json::from_str::<serde_json::Value>(&me).unwrap()["csrf"].as_str().unwrap().to_string();
        format!("Cookie: {cookie}\r\nX-CSRF-Token: {csrf}\r\n")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What the test's department writes for a report: long enough that a
/// torn write would show, and known from its key alone.
fn report_text(assignment: i64, period: &str) -> String {
    format!("{assignment}/{period}：{}完", "本期完成调研、起草方案并征求意见。".repeat(60))
}

/// Kills (SIGKILL) a server while four clients submit reports as fast as it
/// takes them, restarts it on the same database, and checks that every
/// report it acknowledged (303) is there whole, and that every report that
/// is there is whole: nothing acknowledged is lost, nothing is half-written.
fn kill_during_submission(url: &str, dir: &std::path::Path) {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};
    let run = |args: &[&str], stdin: &str| {
        let out = duban_on(url, dir, args, stdin);
        assert!(out.status.success(), "duban {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    run(&["import", &sample(), "--publish"], "");
    let org = "山东省知识产权局";
    run(&["user", "add", "bianban", "--role", "liaison", "--org", org], "Strong-Pass-2026\n");

    let server = Server::start(url, dir);
    let session = server.sign_in("bianban", "Strong-Pass-2026");
    let encoded: String = org.bytes().map(|b| format!("%{b:02X}")).collect();
    let path = format!("/api/v1/departments/{encoded}/assignments?limit=10");
    let (_, _, listed) = http(&server.addr, "GET", &path, &session, "").unwrap();
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let ids: Vec<i64> =
        listed["items"].as_array().unwrap().iter().map(|e| e["assignment_id"].as_i64().unwrap()).collect();
    assert!(!ids.is_empty());

    let acked: Arc<Mutex<Vec<(i64, String)>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let count = Arc::new(AtomicUsize::new(0));
    let cut = Arc::new(AtomicUsize::new(0));
    let writers: Vec<_> = (0..4)
        .map(|k| {
            let (acked, stop, count, cut) = (acked.clone(), stop.clone(), count.clone(), cut.clone());
            let session = session.clone();
            let (addr, id) = (server.addr.clone(), ids[k % ids.len()]);
            std::thread::spawn(move || {
                // Each writer its own periods (years), so none waits on another's version.
                for year in (1000 + 2000 * k)..(3000 + 2000 * k) {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let period = format!("{year:04}");
                    let form = serde_urlencoded::to_string([
                        ("period", period.as_str()),
                        ("expected", "0"),
                        ("progress", "on_track"),
                        ("percent", "50"),
                        ("done", &report_text(id, &period)),
                        ("step", "submit"),
                    ])
                    .unwrap();
                    match http(&addr, "POST", &format!("/assignments/{id}/reports"), &session, &form) {
                        Ok((303, _, _)) => {
                            acked.lock().unwrap().push((id, period));
                            count.fetch_add(1, Ordering::Relaxed);
                        }
                        Ok((status, _, body)) => panic!("submission refused ({status}): {body}"),
                        // The server is gone: this one was never acknowledged.
                        Err(_) => {
                            cut.fetch_add(1, Ordering::Relaxed);
                            break;
                        }
                    }
                }
            })
        })
        .collect();
    let started = std::time::Instant::now();
    while count.load(Ordering::Relaxed) < 200 && started.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let mut server = server;
    server.child.kill().unwrap(); // SIGKILL on Unix: no shutdown, no flush.
    server.child.wait().unwrap();
    stop.store(true, Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    assert!(cut.load(Ordering::Relaxed) > 0, "the kill came while reports were being submitted");
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() >= 200, "the server took {} reports before it was killed", acked.len());

    // Read back what survived, through a fresh connection to the database.
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let stored: Vec<duban_store::ReportVersion> = runtime.block_on(async {
        use duban_store::Store;
        let mut all = Vec::new();
        if url.starts_with("sqlite:") {
            let store = duban_store_sqlite::SqliteStore::connect(url).await.unwrap();
            for &id in &ids {
                all.extend(store.reports(id, true).await.unwrap());
            }
        } else {
            let store = duban_store_postgres::PostgresStore::connect(url).await.unwrap();
            for &id in &ids {
                all.extend(store.reports(id, true).await.unwrap());
            }
        }
        all
    });
    for r in &stored {
        assert_eq!(
            r.body.done,
            report_text(r.assignment_id, &r.period),
            "report {}/{} is whole",
            r.assignment_id,
            r.period
        );
        assert_eq!((r.version, r.state), (1, duban_core::ReportState::Submitted));
    }
    let kept: std::collections::HashSet<(i64, &str)> =
        stored.iter().map(|r| (r.assignment_id, r.period.as_str())).collect();
    let lost: Vec<_> = acked.iter().filter(|(id, p)| !kept.contains(&(*id, p.as_str()))).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    assert!(stored.len() <= acked.len() + 4, "at most one unacknowledged report per writer was in flight");

    // The restarted server serves them.
    let again = Server::start(url, dir);
    let session = again.sign_in("bianban", "Strong-Pass-2026");
    let (id, period) = &acked[acked.len() - 1];
    let (status, _, page) =
        http(&again.addr, "GET", &format!("/assignments/{id}?period={period}"), &session, "").unwrap();
    assert_eq!(status, 200);
    assert!(page.contains(&format!("{id}/{period}：")), "the last acknowledged report is on its page");
}

#[test]
fn a_killed_server_keeps_every_acknowledged_report_on_sqlite() {
    let dir = std::env::temp_dir().join(format!("duban-cli-kill-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    kill_during_submission(&format!("sqlite://{}", dir.join("kill.db").display()), &dir);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_killed_server_keeps_every_acknowledged_report_on_postgres() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let Some(db) = runtime.block_on(duban_store_tests::TestDatabase::create("duban_kill")) else { return };
    let dir = std::env::temp_dir().join(format!("duban-cli-kill-pg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    kill_during_submission(&db.url, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    runtime.block_on(db.drop_database());
}
