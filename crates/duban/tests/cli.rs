//! The `duban` binary, driven as a user would: files in, output and exit
//! status out.

use std::path::PathBuf;
use std::process::{Command, Output};

fn duban(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_duban")).args(args).output().expect("run duban")
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
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("duban-cli-users-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("users.db").display());
    let run = |args: &[&str], stdin: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_duban"))
            .args(args)
            .args(["--database", &url])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
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
    let _ = std::fs::remove_dir_all(&dir);
}
