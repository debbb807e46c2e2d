//! Settings of the server commands. Each comes from, in order: the
//! command-line flag, the DUBAN_* environment variable, the config file,
//! the built-in default. The config file is `--config FILE` (or
//! DUBAN_CONFIG), else `duban.toml` in the working directory when there is
//! one; `duban.example.toml` documents every key.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The config file's contents; every key optional.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// Database URL (`sqlite://…` or `postgres://…`).
    pub database: Option<String>,
    /// Address to listen on.
    pub bind: Option<String>,
    /// Registry files added to the built-in data, relative to the config file.
    #[serde(default)]
    pub orgs: Vec<PathBuf>,
    /// Largest upload, in megabytes.
    pub upload_limit_mb: Option<u64>,
    /// Longest a request may take, in seconds.
    pub request_timeout_secs: Option<u64>,
    /// How many published plan versions the server keeps in memory.
    pub cached_plans: Option<usize>,
    /// Mark the session cookie Secure (the server is reached over HTTPS).
    pub secure_cookies: Option<bool>,
    /// Thresholds of red / yellow / green (all three keys).
    pub lights: Option<duban_core::LightRules>,
    /// A text file with the opening of circulars (relative to the config file).
    pub circular_template: Option<PathBuf>,
    /// Reminders: `enabled`, `days_before`, `interval_secs`, `smtp`, `webhooks`.
    pub reminders: Option<duban_web::reminders::ReminderSettings>,
    /// Separate the three administrators' duties (三员分立).
    pub separation_of_duties: Option<bool>,
    /// The installation's registry file where corrections kept on review
    /// pages go (`[[alias]]`), relative to the config file.
    pub learned_orgs: Option<PathBuf>,
}

/// The file's default name, looked for in the working directory.
pub const DEFAULT_FILE: &str = "duban.toml";
pub const DEFAULT_DATABASE: &str = "sqlite://duban.db";
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
/// Where kept corrections go without a `learned_orgs` key.
pub const DEFAULT_LEARNED_ORGS: &str = "duban-learned-orgs.toml";

/// Reads the config file: `explicit` must exist; without it `duban.toml`
/// is read when present, and nothing otherwise.
pub fn load(explicit: Option<&Path>) -> Result<FileConfig> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None if Path::new(DEFAULT_FILE).is_file() => PathBuf::from(DEFAULT_FILE),
        None => return Ok(FileConfig::default()),
    };
    let text = std::fs::read_to_string(&path).with_context(|| format!("无法读取配置文件 {}", path.display()))?;
    parse(&text, &path)
}

/// Parses config text; relative registry paths are taken from the file's folder.
pub fn parse(text: &str, path: &Path) -> Result<FileConfig> {
    let mut config: FileConfig = match toml::from_str(text) {
        Ok(c) => c,
        Err(e) => {
            let line = e.span().and_then(|s| text.get(..s.start)).map(|before| before.matches('\n').count() + 1);
            let place = line.map(|l| format!("第 {l} 行：")).unwrap_or_default();
            bail!("配置文件 {} 有误：{place}{}", path.display(), e.message())
        }
    };
    if config.upload_limit_mb == Some(0) || config.request_timeout_secs == Some(0) {
        bail!("配置文件 {} 有误：upload_limit_mb 和 request_timeout_secs 须大于 0", path.display());
    }
    let base = path.parent().unwrap_or(Path::new("."));
    if let Some(t) = config.circular_template.as_mut().filter(|t| t.is_relative()) {
        *t = base.join(&*t);
    }
    if let Some(t) = config.learned_orgs.as_mut().filter(|t| t.is_relative()) {
        *t = base.join(&*t);
    }
    for file in &mut config.orgs {
        if file.is_relative() {
            *file = base.join(&*file);
        }
    }
    Ok(config)
}

impl FileConfig {
    pub fn database(&self, flag_or_env: Option<&str>) -> String {
        flag_or_env.or(self.database.as_deref()).unwrap_or(DEFAULT_DATABASE).to_string()
    }

    /// The file of kept corrections: the key, else the default name in the
    /// working directory.
    pub fn learned_orgs(&self) -> PathBuf {
        self.learned_orgs.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_LEARNED_ORGS))
    }

    pub fn bind(&self, flag_or_env: Option<&str>) -> String {
        flag_or_env.or(self.bind.as_deref()).unwrap_or(DEFAULT_BIND).to_string()
    }

    /// The web server's limits and rules; reads the circular template.
    pub fn web(&self) -> Result<duban_web::Settings> {
        let defaults = duban_web::Settings::default();
        let circular_template = match &self.circular_template {
            Some(path) => {
                std::fs::read_to_string(path).with_context(|| format!("无法读取通报模板 {}", path.display()))?
            }
            None => defaults.circular_template.clone(),
        };
        Ok(duban_web::Settings {
            circular_template,
            reminders: self.reminders.clone().unwrap_or(defaults.reminders.clone()),
            body_limit: self.upload_limit_mb.map_or(defaults.body_limit, |mb| (mb as usize).saturating_mul(1 << 20)),
            request_timeout: self.request_timeout_secs.map_or(defaults.request_timeout, Duration::from_secs),
            cached_plans: self.cached_plans.unwrap_or(defaults.cached_plans),
            secure_cookies: self.secure_cookies.unwrap_or(defaults.secure_cookies),
            lights: self.lights.unwrap_or(defaults.lights),
            separation_of_duties: self.separation_of_duties.unwrap_or(defaults.separation_of_duties),
            learned_orgs: Some(self.learned_orgs()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_win_then_file_then_defaults() {
        let c =
            parse("database = \"sqlite:///srv/d.db\"\norgs = [\"city.toml\"]\n", Path::new("/etc/duban/duban.toml"))
                .unwrap();
        assert_eq!(c.database(Some("postgres://x")), "postgres://x");
        assert_eq!(c.database(None), "sqlite:///srv/d.db");
        assert_eq!(c.bind(None), DEFAULT_BIND);
        assert_eq!(c.orgs, vec![PathBuf::from("/etc/duban/city.toml")]);
        assert_eq!(c.web().unwrap().request_timeout, duban_web::Settings::default().request_timeout);
    }

    #[test]
    fn bad_files_name_the_line() {
        let e = parse("bind = \"x\"\ndatabse = \"y\"\n", Path::new("d.toml")).unwrap_err().to_string();
        assert!(e.contains("d.toml") && e.contains("第 2 行") && e.contains("databse"), "{e}");
        let e = parse("upload_limit_mb = 0\n", Path::new("d.toml")).unwrap_err().to_string();
        assert!(e.contains("大于 0"), "{e}");
    }
}
