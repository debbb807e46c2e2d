//! Loading the department registry for a command: the built-in data plus
//! the files named with `--orgs`, and the date (`--on`, default today).

use crate::OrgsArgs;
use anyhow::{Context, Result, bail};
use duban_core::NaiveDate;
use duban_orgs::{Registry, Source};

pub fn load(args: &OrgsArgs) -> Result<Registry> {
    let mut extra = Vec::new();
    for path in &args.files {
        let bytes = std::fs::read(path).with_context(|| format!("无法读取机构名录文件 {}", path.display()))?;
        let text =
            String::from_utf8(bytes).with_context(|| format!("机构名录文件 {} 不是 UTF-8 编码", path.display()))?;
        extra.push(Source { name: path.display().to_string(), text });
    }
    Ok(Registry::with_defaults(&extra)?)
}

/// Unix time now (accounts and reminders record it).
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// `--on DATE`, or today (UTC) when absent.
pub fn date(on: Option<&str>) -> Result<NaiveDate> {
    match on {
        Some(s) => match NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
            Ok(d) => Ok(d),
            Err(_) => bail!("日期「{s}」格式不对，应为 YYYY-MM-DD"),
        },
        None => {
            let days = now() / 86_400;
            let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
            Ok(epoch + chrono_days(days))
        }
    }
}

fn chrono_days(days: i64) -> duban_core::Days {
    duban_core::Days::new(u64::try_from(days).unwrap_or(0))
}
