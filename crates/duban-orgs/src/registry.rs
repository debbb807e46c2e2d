//! The registry proper: loading and checking data, and resolving names.

use crate::RegistryError;
use crate::data::{File, OrgEntry, SuccessionEntry};
use crate::normalize::Normalizer;
use crate::template::{LocalMatch, Locality, Templates};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// Index of a body in the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    National,
    Provincial,
    City,
    County,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "national" | "国家" | "中央" => Level::National,
            "provincial" | "省" | "省级" => Level::Provincial,
            "city" | "市" | "市级" => Level::City,
            "county" | "县" | "县级" => Level::County,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Provincial => "provincial",
            Level::City => "city",
            Level::County => "county",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Level::National => "国家级",
            Level::Provincial => "省级",
            Level::City => "市级",
            Level::County => "县级",
        }
    }
}

/// What sort of body it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// 党委工作机关
    Party,
    /// 政府组成部门、直属机构
    Government,
    /// 中央驻地方机构（海关、人民银行分支、金融监管派出机构）
    Central,
    /// 法院、检察院
    Judicial,
    /// 集合主体：各市人民政府、省直有关部门
    Collective,
    /// 人民团体、群团组织
    People,
    /// 事业单位
    Institution,
    /// 企业
    Enterprise,
}

impl Kind {
    pub(crate) fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "party" => Kind::Party,
            "government" => Kind::Government,
            "central" => Kind::Central,
            "judicial" => Kind::Judicial,
            "collective" => Kind::Collective,
            "people" => Kind::People,
            "institution" => Kind::Institution,
            "enterprise" => Kind::Enterprise,
            _ => return None,
        })
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Kind::Party => "党委机关",
            Kind::Government => "政府部门",
            Kind::Central => "中央驻地机构",
            Kind::Judicial => "司法机关",
            Kind::Collective => "集合主体",
            Kind::People => "人民团体",
            Kind::Institution => "事业单位",
            Kind::Enterprise => "企业",
        }
    }
}

/// One body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Org {
    pub id: OrgId,
    pub name: String,
    pub aliases: Vec<String>,
    pub level: Level,
    pub region: String,
    pub kind: Kind,
    pub from: Option<NaiveDate>,
    /// First day it no longer existed: from its entry, or from the event
    /// that merged, renamed, split or abolished it.
    pub until: Option<NaiveDate>,
    pub file: String,
    pub line: usize,
}

impl Org {
    /// Whether the body existed on `date`.
    pub fn active_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date < u)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Rename,
    Merge,
    Split,
    Abolish,
}

impl EventKind {
    pub(crate) fn parse(s: &str) -> Option<EventKind> {
        Some(match s {
            "rename" => EventKind::Rename,
            "merge" => EventKind::Merge,
            "split" => EventKind::Split,
            "abolish" => EventKind::Abolish,
            _ => return None,
        })
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            EventKind::Rename => "更名为",
            EventKind::Merge => "并入",
            EventKind::Split => "分设为",
            EventKind::Abolish => "撤销，职责划入",
        }
    }
}

/// A reform event: bodies in `from` ceased on `date`, `to` carry on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub date: NaiveDate,
    pub kind: EventKind,
    pub from: Vec<OrgId>,
    pub to: Vec<OrgId>,
    pub note: Option<String>,
    pub file: String,
    pub line: usize,
}

/// A registry file's name (for messages) and its TOML text.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
}

pub use duban_core::MatchKind;

/// The result of resolving a written name.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    pub written: String,
    pub org: Option<OrgId>,
    pub how: MatchKind,
    pub confidence: f32,
    /// The known name the match went through (alias or fuzzy neighbour).
    pub via: Option<String>,
    /// Other bodies the name could also mean (the first active one won).
    pub also: Vec<OrgId>,
    /// If the body no longer existed on the date asked: who carries on then.
    pub successors: Vec<OrgId>,
}

/// The department registry.
#[derive(Debug)]
pub struct Registry {
    orgs: Vec<Org>,
    events: Vec<Event>,
    by_name: HashMap<String, OrgId>,
    by_alias: HashMap<String, OrgId>,
    by_key: HashMap<String, Vec<OrgId>>,
    /// Fuzzy index: each key with one character deleted → the keys it came from.
    deletions: HashMap<String, Vec<String>>,
    normalizer: Normalizer,
    /// The bodies every locality has, for names no file lists.
    templates: Templates,
    /// Corrections kept from reviews (`[[alias]]`), which can grow while
    /// the server runs.
    learned: crate::Learned,
}

const BUILTIN: &[(&str, &str)] = &[
    ("data/national.toml", include_str!("../data/national.toml")),
    ("data/shandong.toml", include_str!("../data/shandong.toml")),
    ("data/collectives.toml", include_str!("../data/collectives.toml")),
    ("data/local.toml", include_str!("../data/local.toml")),
];

pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

impl Registry {
    /// The default data shipped with duban.
    pub fn builtin_sources() -> Vec<Source> {
        BUILTIN.iter().map(|(n, t)| Source { name: (*n).to_string(), text: (*t).to_string() }).collect()
    }

    /// The default data plus the caller's files, later files overriding
    /// bodies of the same name.
    pub fn with_defaults(extra: &[Source]) -> Result<Registry, RegistryError> {
        let mut sources = Registry::builtin_sources();
        sources.extend(extra.iter().cloned());
        Registry::load(&sources)
    }

    /// Loads and checks registry files, in order.
    pub fn load(sources: &[Source]) -> Result<Registry, RegistryError> {
        // Parse every file first; bodies of a later file replace same-named
        // bodies of an earlier one (user overrides).
        let mut entries: Vec<(usize, OrgEntry)> = Vec::new();
        let mut successions: Vec<(usize, SuccessionEntry)> = Vec::new();
        let mut templates = Templates::default();
        let learned = crate::Learned::default();
        for (si, src) in sources.iter().enumerate() {
            let file: File = toml::from_str(&src.text).map_err(|e| RegistryError::Malformed {
                file: src.name.clone(),
                line: e.span().map_or(1, |s| line_of(&src.text, s.start)),
                message: e.message().to_string(),
            })?;
            let mut seen_here: HashMap<String, usize> = HashMap::new();
            for entry in file.org {
                let name = entry.name.get_ref().trim().to_string();
                let line = line_of(&src.text, entry.name.span().start);
                if let Some(&other_line) = seen_here.get(&name) {
                    return Err(RegistryError::DuplicateName {
                        file: src.name.clone(),
                        line,
                        name,
                        other_file: src.name.clone(),
                        other_line,
                    });
                }
                seen_here.insert(name.clone(), line);
                entries.retain(|(_, e)| e.name.get_ref().trim() != name);
                entries.push((si, entry));
            }
            for s in file.succession {
                successions.push((si, s));
            }
            for a in file.alias {
                if a.written.get_ref().trim().is_empty() || a.org.trim().is_empty() {
                    return Err(RegistryError::Malformed {
                        file: src.name.clone(),
                        line: line_of(&src.text, a.written.span().start),
                        message: "别名的 written 和 org 都不能为空".into(),
                    });
                }
                if a.at.as_deref().is_some_and(|d| parse_date(d).is_none()) {
                    return Err(RegistryError::Malformed {
                        file: src.name.clone(),
                        line: line_of(&src.text, a.written.span().start),
                        message: format!("别名的日期 at「{}」应为 YYYY-MM-DD", a.at.as_deref().unwrap_or("")),
                    });
                }
                learned.learn(a.written.get_ref(), &a.org);
            }
            templates.add(&src.name, &src.text, file.template, file.template_succession)?;
        }

        let mut reg = Registry {
            orgs: Vec::new(),
            events: Vec::new(),
            by_name: HashMap::new(),
            by_alias: HashMap::new(),
            by_key: HashMap::new(),
            deletions: HashMap::new(),
            normalizer: Normalizer::new(),
            templates,
            learned,
        };
        for (si, e) in entries {
            let src = &sources[si];
            let line = line_of(&src.text, e.name.span().start);
            let bad = |span: std::ops::Range<usize>, message: String| RegistryError::Malformed {
                file: src.name.clone(),
                line: line_of(&src.text, span.start),
                message,
            };
            let name = e.name.get_ref().trim().to_string();
            if name.is_empty() {
                return Err(bad(e.name.span(), "机构名称为空".into()));
            }
            let level = Level::parse(e.level.get_ref())
                .ok_or_else(|| bad(e.level.span(), format!("未知的层级「{}」", e.level.get_ref())))?;
            let kind = Kind::parse(e.kind.get_ref())
                .ok_or_else(|| bad(e.kind.span(), format!("未知的机构类别「{}」", e.kind.get_ref())))?;
            let date = |d: &Option<toml::Spanned<String>>| -> Result<Option<NaiveDate>, RegistryError> {
                match d {
                    None => Ok(None),
                    Some(s) => parse_date(s.get_ref())
                        .map(Some)
                        .ok_or_else(|| bad(s.span(), format!("日期「{}」应为 YYYY-MM-DD", s.get_ref()))),
                }
            };
            let from = date(&e.from)?;
            let until = date(&e.until)?;
            let id = OrgId(reg.orgs.len() as u32);
            reg.normalizer.learn_region(&e.region);
            reg.orgs.push(Org {
                id,
                name: name.clone(),
                aliases: e.aliases.iter().map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect(),
                level,
                region: e.region.trim().to_string(),
                kind,
                from,
                until,
                file: src.name.clone(),
                line,
            });
            reg.by_name.insert(name, id);
        }
        // Aliases: unique, and never another body's canonical name.
        for i in 0..reg.orgs.len() {
            let org = &reg.orgs[i];
            for alias in &org.aliases {
                let other = reg.by_alias.get(alias).copied().or_else(|| reg.by_name.get(alias).copied());
                if let Some(other) = other.filter(|o| *o != org.id) {
                    return Err(RegistryError::AliasConflict {
                        file: org.file.clone(),
                        line: org.line,
                        alias: alias.clone(),
                        first: reg.orgs[other.0 as usize].name.clone(),
                        second: org.name.clone(),
                    });
                }
                reg.by_alias.insert(alias.clone(), org.id);
            }
        }
        for (si, s) in successions {
            let src = &sources[si];
            let line = line_of(&src.text, s.date.span().start);
            let malformed = |message: String| RegistryError::Malformed { file: src.name.clone(), line, message };
            let date = parse_date(s.date.get_ref())
                .ok_or_else(|| malformed(format!("日期「{}」应为 YYYY-MM-DD", s.date.get_ref())))?;
            let kind = EventKind::parse(s.event.get_ref()).ok_or_else(|| {
                malformed(format!("未知的沿革类型「{}」（rename/merge/split/abolish）", s.event.get_ref()))
            })?;
            let ids = |names: &[String]| -> Result<Vec<OrgId>, RegistryError> {
                names
                    .iter()
                    .map(|n| {
                        reg.by_name.get(n.trim()).copied().ok_or_else(|| RegistryError::UnknownBody {
                            file: src.name.clone(),
                            line,
                            name: n.clone(),
                        })
                    })
                    .collect()
            };
            let from = ids(&s.from)?;
            let to = ids(&s.to)?;
            if from.is_empty() {
                return Err(malformed("沿革事件缺少 from".into()));
            }
            if kind != EventKind::Abolish && to.is_empty() {
                return Err(malformed("沿革事件缺少 to".into()));
            }
            // Replace an earlier event about the same bodies on the same day.
            reg.events.retain(|e| !(e.date == date && e.from == from));
            reg.events.push(Event { date, kind, from, to, note: s.note, file: src.name.clone(), line });
        }
        reg.events.sort_by_key(|e| e.date);
        for e in &reg.events {
            for &f in &e.from {
                let org = &mut reg.orgs[f.0 as usize];
                if org.until.is_none_or(|u| u > e.date) {
                    org.until = Some(e.date);
                }
            }
        }
        reg.check_cycles()?;
        reg.index();
        reg.templates.index(&reg.normalizer);
        Ok(reg)
    }

    fn check_cycles(&self) -> Result<(), RegistryError> {
        // Depth-first search over "from → to" edges.
        let mut edges: HashMap<OrgId, Vec<(OrgId, usize)>> = HashMap::new();
        for (k, e) in self.events.iter().enumerate() {
            for &f in &e.from {
                for &t in &e.to {
                    edges.entry(f).or_default().push((t, k));
                }
            }
        }
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Open,
            Done,
        }
        let mut mark = vec![Mark::New; self.orgs.len()];
        for start in 0..self.orgs.len() {
            if mark[start] != Mark::New {
                continue;
            }
            // Stack of (node, next edge index); path for the message.
            let mut stack: Vec<(OrgId, usize)> = vec![(OrgId(start as u32), 0)];
            mark[start] = Mark::Open;
            while let Some((node, next)) = stack.last().copied() {
                let out = edges.get(&node).map(|v| v.as_slice()).unwrap_or(&[]);
                if next < out.len() {
                    if let Some(top) = stack.last_mut() {
                        top.1 += 1;
                    }
                    let (to, event) = out[next];
                    match mark[to.0 as usize] {
                        Mark::New => {
                            mark[to.0 as usize] = Mark::Open;
                            stack.push((to, 0));
                        }
                        Mark::Open => {
                            let pos = stack.iter().position(|(n, _)| *n == to).unwrap_or(0);
                            let mut names: Vec<&str> =
                                stack[pos..].iter().map(|(n, _)| self.orgs[n.0 as usize].name.as_str()).collect();
                            names.push(&self.orgs[to.0 as usize].name);
                            let e = &self.events[event];
                            return Err(RegistryError::SuccessionCycle {
                                file: e.file.clone(),
                                line: e.line,
                                cycle: names.join(" → "),
                            });
                        }
                        Mark::Done => {}
                    }
                } else {
                    mark[node.0 as usize] = Mark::Done;
                    stack.pop();
                }
            }
        }
        Ok(())
    }

    fn index(&mut self) {
        let mut keys: Vec<(String, OrgId)> = Vec::new();
        for org in &self.orgs {
            keys.push((self.normalizer.key(&org.name), org.id));
            for a in &org.aliases {
                keys.push((self.normalizer.key(a), org.id));
            }
        }
        for (key, id) in keys {
            let ids = self.by_key.entry(key.clone()).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
            let chars: Vec<char> = key.chars().collect();
            if chars.len() >= 3 {
                for k in 0..chars.len() {
                    let shorter: String = chars[..k].iter().chain(&chars[k + 1..]).collect();
                    let from = self.deletions.entry(shorter).or_default();
                    if !from.contains(&key) {
                        from.push(key.clone());
                    }
                }
            }
        }
    }

    pub fn orgs(&self) -> &[Org] {
        &self.orgs
    }

    pub fn org(&self, id: OrgId) -> &Org {
        &self.orgs[id.0 as usize]
    }

    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Events in which `id` ceased or was created, in date order.
    pub fn history(&self, id: OrgId) -> Vec<&Event> {
        self.events.iter().filter(|e| e.from.contains(&id) || e.to.contains(&id)).collect()
    }

    /// The bodies carrying on for `id` on `date`: itself if it still
    /// existed, else its successors, followed through later reforms.
    pub fn current(&self, id: OrgId, date: NaiveDate) -> Vec<OrgId> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        self.follow(id, date, &mut out, &mut seen);
        out
    }

    fn follow(&self, id: OrgId, date: NaiveDate, out: &mut Vec<OrgId>, seen: &mut HashSet<OrgId>) {
        if !seen.insert(id) {
            return;
        }
        let org = self.org(id);
        if org.until.is_none_or(|u| date < u) {
            if !out.contains(&id) {
                out.push(id);
            }
            return;
        }
        for e in self.events.iter().filter(|e| e.from.contains(&id) && e.date <= date) {
            for &t in &e.to {
                self.follow(t, date, out, seen);
            }
        }
    }

    /// Resolves a name as written. `on` is the date the caller cares about
    /// (successors are given for it); `None` means no successor lookup.
    pub fn resolve(&self, written: &str, on: Option<NaiveDate>) -> Resolution {
        let trimmed = written.trim();
        let (org, how, via, also) = if let Some(&id) = self.by_name.get(trimmed) {
            (Some(id), MatchKind::Exact, None, Vec::new())
        } else if let Some(&id) = self.by_alias.get(trimmed) {
            (Some(id), MatchKind::Alias, Some(trimmed.to_string()), Vec::new())
        } else {
            let key = self.normalizer.key(trimmed);
            if let Some(ids) = self.by_key.get(&key) {
                let (best, also) = self.prefer_active(ids, on);
                (Some(best), MatchKind::Normalized, None, also)
            } else if let Some((ids, near)) = self.fuzzy(&key) {
                let (best, also) = self.prefer_active(ids, on);
                (Some(best), MatchKind::Fuzzy, Some(near), also)
            } else {
                (None, MatchKind::Unknown, None, Vec::new())
            }
        };
        let successors = match (org, on) {
            (Some(id), Some(date)) if self.org(id).until.is_some_and(|u| date >= u) => self.current(id, date),
            _ => Vec::new(),
        };
        Resolution { written: trimmed.to_string(), org, how, confidence: how.confidence(), via, also, successors }
    }

    /// Several bodies share a normalised key (the same short form before and
    /// after a reform): the one active on the date wins, else the newest.
    fn prefer_active(&self, ids: &[OrgId], on: Option<NaiveDate>) -> (OrgId, Vec<OrgId>) {
        let best = ids
            .iter()
            .copied()
            .find(|&id| on.is_some_and(|d| self.org(id).active_on(d)))
            .or_else(|| ids.iter().copied().find(|&id| self.org(id).until.is_none()))
            .unwrap_or(ids[0]);
        (best, ids.iter().copied().filter(|&i| i != best).collect())
    }

    /// One edit (a character added, dropped or, in long names, replaced)
    /// from exactly one known key. The guard: at least four characters, the
    /// same first and last character (省…局 never matches 省…厅), and a
    /// unique neighbour.
    fn fuzzy(&self, key: &str) -> Option<(&[OrgId], String)> {
        let chars: Vec<char> = key.chars().collect();
        if chars.len() < 4 {
            return None;
        }
        let mut found: Vec<&String> = Vec::new();
        // The query has one extra character: its deletions are known keys.
        for k in 1..chars.len() - 1 {
            let shorter: String = chars[..k].iter().chain(&chars[k + 1..]).collect();
            if let Some((known, _)) = self.by_key.get_key_value(&shorter) {
                found.push(known);
            }
        }
        // The query lacks a character: it is a deletion of known keys.
        if let Some(longer) = self.deletions.get(key) {
            found.extend(longer.iter());
        }
        // Replaced character, only for long names (fewer near neighbours).
        if chars.len() >= 7 {
            for k in 1..chars.len() - 1 {
                let shorter: String = chars[..k].iter().chain(&chars[k + 1..]).collect();
                if let Some(keys) = self.deletions.get(&shorter) {
                    found.extend(keys.iter().filter(|known| known.chars().count() == chars.len()));
                }
            }
        }
        found.retain(|known| {
            known.chars().next() == chars.first().copied() && known.chars().last() == chars.last().copied()
        });
        found.sort();
        found.dedup();
        let [only] = found.as_slice() else { return None };
        let ids = self.by_key.get(*only)?;
        Some((ids.as_slice(), (*only).clone()))
    }

    /// Whether `id` is a local body of another province than the one
    /// `heading` (a title, a place) starts with.
    pub fn is_foreign(&self, id: OrgId, heading: &str) -> bool {
        let org = self.org(id);
        crate::normalize::province_of(heading).is_some_and(|province| {
            org.level != Level::National && org.kind != Kind::Collective && !org.region.starts_with(province)
        })
    }

    /// The templates of every locality's bodies.
    pub fn templates(&self) -> &Templates {
        &self.templates
    }

    /// Resolves a name no file lists against the templates, in `locality`
    /// (a county's `县发改局` → `吉水县发展和改革局`).
    pub fn resolve_local(
        &self,
        written: &str,
        locality: Option<&Locality>,
        on: Option<NaiveDate>,
    ) -> Option<LocalMatch> {
        self.templates.resolve(written, locality, on, &self.normalizer)
    }

    /// Looks a body up by any of its names (exact, alias or normalised).
    pub fn find(&self, name: &str) -> Option<OrgId> {
        let r = self.resolve(name, None);
        if matches!(r.how, MatchKind::Exact | MatchKind::Alias | MatchKind::Normalized) { r.org } else { None }
    }
}

impl Registry {
    /// The corrections kept from reviews; [`Learned::learn`](crate::Learned::learn)
    /// adds one for the imports that follow.
    pub fn learned(&self) -> &crate::Learned {
        &self.learned
    }
}

impl duban_core::ResolveOrg for Registry {
    fn resolve(&self, written: &str, context: &duban_core::Context<'_>) -> Option<duban_core::Resolved> {
        // A name an office corrected before: the body it chose, however
        // that resolves (a listed body, a template's, or its own name).
        if let Some(target) = self.learned.target(written) {
            let mut r = self.resolve_written(&target, context)?;
            r.how = MatchKind::Alias;
            r.near = None;
            return Some(r);
        }
        self.resolve_written(written, context)
    }

    fn knows_bodies(&self) -> bool {
        true
    }
}

impl Registry {
    fn resolve_written(&self, written: &str, context: &duban_core::Context<'_>) -> Option<duban_core::Resolved> {
        let on = context.on;
        let mut r = Registry::resolve(self, written, on);
        // A local body of another province is not what this document means.
        if let (Some(id), Some(title)) = (r.org, context.title)
            && self.is_foreign(id, title)
        {
            r.org = None;
            r.how = MatchKind::Unknown;
        }
        // A name no file lists, or only one edit from one: a standard body
        // of the document's locality, if a template knows it.
        if matches!(r.how, MatchKind::Unknown | MatchKind::Fuzzy) {
            let locality = context
                .title
                .and_then(Locality::of_heading)
                .or_else(|| context.preamble.iter().find_map(|line| Locality::of_heading(line)));
            if let Some(m) = self.resolve_local(written, locality.as_ref(), on) {
                let org = duban_core::OrgName::parse(&m.name).ok()?;
                let successors: Vec<duban_core::OrgName> =
                    m.successors.iter().filter_map(|s| duban_core::OrgName::parse(s).ok()).collect();
                let ceased = m.until.filter(|u| on.is_some_and(|d| d >= *u));
                return Some(duban_core::Resolved { org, how: MatchKind::Template, near: None, ceased, successors });
            }
        }
        let Some(id) = r.org else {
            let org = duban_core::OrgName::parse(written).ok()?;
            return Some(duban_core::Resolved { org, how: r.how, near: None, ceased: None, successors: Vec::new() });
        };
        let org = duban_core::OrgName::parse(&self.org(id).name).ok()?;
        let successors: Vec<duban_core::OrgName> =
            r.successors.iter().filter_map(|&s| duban_core::OrgName::parse(&self.org(s).name).ok()).collect();
        let ceased = if successors.is_empty() && on.is_none_or(|d| self.org(id).active_on(d)) {
            None
        } else {
            self.org(id).until
        };
        Some(duban_core::Resolved {
            org,
            how: r.how,
            near: r.via.filter(|_| r.how == MatchKind::Fuzzy),
            ceased,
            successors,
        })
    }
}
