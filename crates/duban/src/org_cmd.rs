//! `duban org resolve|list|show`: the department registry from the command line.

use crate::OrgCommand;
use crate::registry;
use anyhow::{Result, bail};
use duban_core::MatchKind;
use duban_orgs::{Level, LocalMatch, Locality, Org, Registry};
use std::io::Write;

pub fn run(cmd: OrgCommand) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match cmd {
        OrgCommand::Resolve { name, on, place, orgs } => {
            let reg = registry::load(&orgs)?;
            let date = registry::date(on.as_deref())?;
            let locality = match place.as_deref() {
                None => None,
                Some(p) => match Locality::of_heading(p) {
                    Some(l) => Some(l),
                    None => {
                        bail!("「{p}」不是可识别的地方名称（应以省、市、县、区、旗、乡、镇、街道等结尾，如“吉水县”）")
                    }
                },
            };
            resolve(&mut out, &reg, &name, date, place.as_deref().zip(locality.as_ref()))?;
        }
        OrgCommand::List { level, region, orgs } => {
            let reg = registry::load(&orgs)?;
            let level = match level.as_deref() {
                None => None,
                Some(l) => match Level::parse(l) {
                    Some(l) => Some(l),
                    None => bail!("未知的层级「{l}」，可选 national、provincial、city、county"),
                },
            };
            list(&mut out, &reg, level, region.as_deref())?;
        }
        OrgCommand::Show { name, orgs } => {
            let reg = registry::load(&orgs)?;
            let Some(id) = reg.find(&name) else {
                bail!("机构名录中没有「{name}」（可用 duban org resolve 查看近似匹配）");
            };
            show(&mut out, &reg, reg.org(id))?;
        }
    }
    out.flush()?;
    Ok(())
}

fn describe(org: &Org) -> String {
    format!("{} · {} · {}", org.level.label_zh(), org.region, org.kind.label_zh())
}

fn resolve(
    out: &mut impl Write,
    reg: &Registry,
    name: &str,
    date: duban_core::NaiveDate,
    place: Option<(&str, &Locality)>,
) -> Result<()> {
    let r = reg.resolve(name, Some(date));
    // Another province's body, or none: the place's own, if a template knows it.
    let foreign = place.is_some_and(|(p, _)| r.org.is_some_and(|id| reg.is_foreign(id, p)));
    let locality = place.map(|(_, l)| l);
    if (foreign || matches!(r.how, MatchKind::Unknown | MatchKind::Fuzzy))
        && let Some(m) = reg.resolve_local(name, locality, Some(date))
    {
        return local(out, &r.written, &m, date, locality);
    }
    let Some(id) = r.org else {
        writeln!(out, "「{}」不在机构名录中（unknown）", r.written)?;
        return Ok(());
    };
    let org = reg.org(id);
    writeln!(out, "「{}」→ {}", r.written, org.name)?;
    let how = match r.how {
        MatchKind::Exact => "全称（exact）".to_string(),
        MatchKind::Alias => "简称（alias）".to_string(),
        MatchKind::Normalized => "规范化后一致（normalized：繁简、全半角、空格、地区前缀、委员会/委）".to_string(),
        MatchKind::Template => "地方通用机构模板（template）".to_string(),
        MatchKind::Fuzzy => format!("近似（fuzzy），与「{}」只差一个字，请确认", r.via.as_deref().unwrap_or("")),
        MatchKind::Unknown => "未知".to_string(),
    };
    writeln!(out, "  匹配方式：{how}；置信度 {:.2}", r.confidence)?;
    writeln!(out, "  机构：{}", describe(org))?;
    if !r.also.is_empty() {
        let also: Vec<&str> = r.also.iter().map(|&a| reg.org(a).name.as_str()).collect();
        writeln!(out, "  同名或同简称的其他机构：{}", also.join("、"))?;
    }
    if org.active_on(date) {
        writeln!(out, "  {date}：存续")?;
    } else if r.successors.is_empty() {
        let when = org.until.map(|u| format!("已于 {u} 撤销")).unwrap_or_else(|| "尚未设立".into());
        writeln!(out, "  {date}：{when}，名录中没有承接单位")?;
    } else {
        let names: Vec<&str> = r.successors.iter().map(|&s| reg.org(s).name.as_str()).collect();
        let when = org.until.map(|u| format!("已于 {u} 撤并")).unwrap_or_default();
        writeln!(out, "  {date}：{when}，由 {} 承接", names.join("、"))?;
    }
    Ok(())
}

/// A name known by a template of every locality's bodies.
fn local(
    out: &mut impl Write,
    written: &str,
    m: &LocalMatch,
    date: duban_core::NaiveDate,
    locality: Option<&Locality>,
) -> Result<()> {
    writeln!(out, "「{written}」→ {}", m.name)?;
    let place = match locality {
        Some(l) => format!("{}（{}）", l.name, l.tier.label_zh()),
        None => "未指定地方（--in），按级别用词".to_string(),
    };
    writeln!(
        out,
        "  匹配方式：地方通用机构模板（template）；置信度 {:.2}；地方：{place}",
        MatchKind::Template.confidence()
    )?;
    writeln!(out, "  机构：{} · {}", m.tier.label_zh(), m.kind.label_zh())?;
    match m.until {
        Some(u) if date >= u && m.successors.is_empty() => {
            writeln!(out, "  {date}：已于 {u} 撤销，名录中没有承接单位")?
        }
        Some(u) if date >= u => {
            writeln!(out, "  {date}：已于 {u} 因机构改革撤并，由 {} 承接", m.successors.join("、"))?
        }
        _ => writeln!(out, "  {date}：存续")?,
    }
    Ok(())
}

fn list(out: &mut impl Write, reg: &Registry, level: Option<Level>, region: Option<&str>) -> Result<()> {
    let mut n = 0;
    writeln!(out, "名称\t简称\t层级\t地区\t类别\t存续")?;
    for org in reg.orgs() {
        if level.is_some_and(|l| l != org.level) || region.is_some_and(|r| r != org.region) {
            continue;
        }
        let period = match (org.from, org.until) {
            (None, None) => "存续".to_string(),
            (f, u) => format!(
                "{}—{}",
                f.map(|d| d.to_string()).unwrap_or_default(),
                u.map(|d| d.to_string()).unwrap_or_default()
            ),
        };
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}",
            org.name,
            org.aliases.join("、"),
            org.level.label_zh(),
            org.region,
            org.kind.label_zh(),
            period
        )?;
        n += 1;
    }
    writeln!(out, "共 {n} 个机构")?;
    Ok(())
}

fn show(out: &mut impl Write, reg: &Registry, org: &Org) -> Result<()> {
    writeln!(out, "{}", org.name)?;
    if !org.aliases.is_empty() {
        writeln!(out, "  简称：{}", org.aliases.join("、"))?;
    }
    writeln!(out, "  机构：{}", describe(org))?;
    let from = org.from.map(|d| format!("{d} 起")).unwrap_or_default();
    let until = org.until.map(|d| format!("至 {d}（当日起不再存续）")).unwrap_or_else(|| "存续至今".into());
    writeln!(out, "  存续：{from}{until}")?;
    let history = reg.history(org.id);
    if !history.is_empty() {
        writeln!(out, "  沿革：")?;
        for e in history {
            let names = |ids: &[duban_orgs::OrgId]| {
                ids.iter().map(|&i| reg.org(i).name.as_str()).collect::<Vec<_>>().join("、")
            };
            let note = e.note.as_deref().map(|n| format!("（{n}）")).unwrap_or_default();
            let to = if e.to.is_empty() { "（无承接单位）".to_string() } else { names(&e.to) };
            writeln!(out, "    {} {} {} {}{}", e.date, names(&e.from), e.kind.label_zh(), to, note)?;
        }
    }
    let now = registry::date(None)?;
    if !org.active_on(now) {
        let current: Vec<&str> = reg.current(org.id, now).iter().map(|&i| reg.org(i).name.as_str()).collect();
        if !current.is_empty() {
            writeln!(out, "  现由：{}", current.join("、"))?;
        }
    }
    writeln!(out, "  数据来源：{}:{}", org.file, org.line)?;
    Ok(())
}
