//! Templates of the bodies every locality has (a county's 发展和改革局, a
//! township's 党政办公室), instantiated for the locality a document names:
//! in a plan of 吉水县, `县发改局` and `吉水县发展和改革局` are one body,
//! `吉水县发展和改革局`. A name the registry lists by itself always wins;
//! templates answer what no file lists, so that a county's table resolves
//! without anyone writing that county's registry first.

use crate::RegistryError;
use crate::data::{TemplateEntry, TemplateSuccessionEntry};
use crate::normalize::Normalizer;
use crate::registry::{EventKind, Kind, line_of, parse_date};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The tier of government a template applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tier {
    /// 省、自治区
    Provincial,
    /// 地级市、自治州、盟，直辖市
    City,
    /// 县、区、县级市、旗
    County,
    /// 乡、镇、街道
    Township,
}

impl Tier {
    pub fn parse(s: &str) -> Option<Tier> {
        Some(match s {
            "provincial" | "省" | "省级" => Tier::Provincial,
            "city" | "市" | "市级" => Tier::City,
            "county" | "县" | "县级" => Tier::County,
            "township" | "乡" | "镇" | "乡镇" | "乡级" => Tier::Township,
            _ => return None,
        })
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Tier::Provincial => "省级",
            Tier::City => "市级",
            Tier::County => "县级",
            Tier::Township => "乡镇级",
        }
    }

    /// The words a body of this tier is written with when its place is
    /// left out (`县财政局`, `区财政局`).
    pub fn words(self) -> &'static [&'static str] {
        match self {
            Tier::Provincial => &["省"],
            Tier::City => &["市", "州", "盟"],
            Tier::County => &["县", "区", "市", "旗"],
            Tier::Township => &["镇", "乡", "街道"],
        }
    }
}

/// The place a document is about: `吉水县` (county, written 县).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locality {
    pub name: String,
    pub tier: Tier,
    /// The word its bodies are written with in place of the name.
    pub word: &'static str,
}

/// Administrative-unit endings, the tier they give and the word that
/// stands for the place in short forms. Longer endings first.
const UNITS: &[(&str, Tier, &str)] = &[
    ("自治区", Tier::Provincial, "省"),
    ("自治州", Tier::City, "州"),
    ("自治县", Tier::County, "县"),
    ("自治旗", Tier::County, "旗"),
    ("街道", Tier::Township, "街道"),
    ("省", Tier::Provincial, "省"),
    ("盟", Tier::City, "盟"),
    ("州", Tier::City, "州"),
    ("市", Tier::City, "市"),
    ("县", Tier::County, "县"),
    ("区", Tier::County, "区"),
    ("旗", Tier::County, "旗"),
    ("镇", Tier::Township, "镇"),
    ("乡", Tier::Township, "乡"),
];

/// Municipalities directly under the central government name their bodies
/// like cities (北京市财政局).
const MUNICIPALITIES: &[&str] = &["北京市", "天津市", "上海市", "重庆市"];

impl Locality {
    /// The most local place a heading starts with: `江西省吉安市吉水县人民政府
    /// 办公室关于…` → 吉水县; `中共某某县委办公室` → 某某县; `关于印发某某区…`
    /// → 某某区. `None` when the heading does not start with a place.
    pub fn of_heading(heading: &str) -> Option<Locality> {
        let mut s = heading.trim();
        for opener in ["中国共产党", "中共", "关于印发", "关于", "印发"] {
            if let Some(rest) = s.strip_prefix(opener) {
                s = rest.trim_start();
                break;
            }
        }
        // A leading year: `2024年某某县民生实事…`.
        let digits = s.chars().take_while(|c| c.is_ascii_digit()).count();
        if digits == 4
            && let Some(rest) = s[digits..].strip_prefix('年')
        {
            s = rest.strip_prefix('度').unwrap_or(rest);
        }
        let mut found: Option<Locality> = None;
        while let Some((unit, len)) = leading_unit(s) {
            s = &s[len..];
            found = Some(unit);
        }
        found
    }
}

/// The administrative unit `s` opens with, and its length in bytes.
fn leading_unit(s: &str) -> Option<(Locality, usize)> {
    let chars: Vec<(usize, char)> = s.char_indices().take(12).collect();
    // The shortest name that ends with a unit word: 2–5 characters before
    // the ending (up to 10 for autonomous ones, 广西壮族自治区).
    for end in 2..=chars.len() {
        let upto = chars.get(end).map_or(s.len(), |&(i, _)| i);
        let candidate = &s[..upto];
        for &(ending, tier, word) in UNITS {
            let Some(stem) = candidate.strip_suffix(ending) else { continue };
            let stem_len = stem.chars().count();
            let limit = if ending.starts_with("自治") { 10 } else { 5 };
            if stem_len == 0 || stem_len > limit || !is_place_stem(stem) {
                continue;
            }
            // 区 of 区域, 市 of 市场, 州 of a longer name: the unit word
            // must not run on into a word it begins.
            let next = s[upto..].chars().next();
            if matches!(
                (ending, next),
                ("区", Some('域')) | ("市", Some('场' | '民' | '级')) | ("县", Some('域' | '级'))
            ) {
                continue;
            }
            // 州 is also the last character of many names (贵州省, 杭州市,
            // 播州区): a unit word right after it ends the unit.
            if ending == "州"
                && let Some((next, tier, word)) = next.and_then(|c| match c {
                    '省' => Some((c, Tier::Provincial, "省")),
                    '市' => Some((c, Tier::City, "市")),
                    '区' => Some((c, Tier::County, "区")),
                    '县' => Some((c, Tier::County, "县")),
                    _ => None,
                })
            {
                let upto = upto + next.len_utf8();
                return Some((Locality { name: s[..upto].to_string(), tier, word }, upto));
            }
            let (tier, word) = if MUNICIPALITIES.contains(&candidate) { (Tier::City, "市") } else { (tier, word) };
            return Some((Locality { name: candidate.to_string(), tier, word }, upto));
        }
    }
    None
}

/// Whether a name could be a place's: Han characters only, and none of the
/// words that open sentences or titles.
fn is_place_stem(stem: &str) -> bool {
    const NOT_IN_PLACES: &[char] =
        &['关', '于', '的', '年', '全', '本', '各', '我', '和', '与', '及', '、', '印', '发'];
    stem.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) && !NOT_IN_PLACES.contains(&c))
}

/// One template: a body every locality of its tiers has.
#[derive(Debug, Clone)]
pub struct Template {
    /// With `{地}` for the place's name: `{地}发展和改革局`.
    pub name: String,
    /// Short forms, with `{级}` for the tier's word: `{级}发改局`.
    pub aliases: Vec<String>,
    pub tiers: Vec<Tier>,
    pub kind: Kind,
    pub from: Option<NaiveDate>,
    pub file: String,
    pub line: usize,
}

/// A reform that applied to every locality of some tiers.
#[derive(Debug, Clone)]
pub struct TemplateEvent {
    pub date: NaiveDate,
    pub tiers: Vec<Tier>,
    pub kind: EventKind,
    pub from: Vec<usize>,
    pub to: Vec<usize>,
    pub note: Option<String>,
}

/// A written name matched to a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalMatch {
    /// The body's full name in the document's locality (`吉水县发展和改革局`),
    /// or with the tier's word when the locality is not known
    /// (`县发展和改革局`).
    pub name: String,
    pub tier: Tier,
    pub kind: Kind,
    /// The first day it no longer existed, by the reforms known.
    pub until: Option<NaiveDate>,
    /// Who carries on its work on the date asked, if it had ceased.
    pub successors: Vec<String>,
}

/// All templates, indexed by the normalised keys of their forms in every
/// tier word (`县发展改革局`, `区发展改革局`, …).
#[derive(Debug, Default)]
pub struct Templates {
    list: Vec<Template>,
    events: Vec<TemplateEvent>,
    by_key: HashMap<String, Vec<(usize, Tier, &'static str)>>,
}

fn instantiate(form: &str, place: &str, word: &str) -> String {
    form.replace("{地}", place).replace("{级}", word)
}

impl Templates {
    /// Adds one file's templates and reforms; a later template of the same
    /// name replaces the earlier one.
    pub(crate) fn add(
        &mut self,
        file: &str,
        text: &str,
        entries: Vec<TemplateEntry>,
        successions: Vec<TemplateSuccessionEntry>,
    ) -> Result<(), RegistryError> {
        let bad = |offset: usize, message: String| RegistryError::Malformed {
            file: file.to_string(),
            line: line_of(text, offset),
            message,
        };
        for e in entries {
            let name = e.name.get_ref().trim().to_string();
            let at = e.name.span().start;
            if !name.contains("{地}") {
                return Err(bad(at, format!("模板名称「{name}」缺少地方占位符 {{地}}")));
            }
            if let Some(alias) = e.aliases.iter().find(|a| !a.contains("{级}") && !a.contains("{地}")) {
                return Err(bad(at, format!("模板简称「{alias}」缺少占位符 {{级}} 或 {{地}}")));
            }
            let mut tiers = Vec::new();
            for t in &e.tiers {
                let tier = Tier::parse(t.get_ref()).ok_or_else(|| {
                    bad(t.span().start, format!("未知的层级「{}」（provincial/city/county/township）", t.get_ref()))
                })?;
                tiers.push(tier);
            }
            if tiers.is_empty() {
                return Err(bad(at, format!("模板「{name}」缺少 tiers")));
            }
            let kind = Kind::parse(e.kind.get_ref())
                .ok_or_else(|| bad(e.kind.span().start, format!("未知的机构类别「{}」", e.kind.get_ref())))?;
            let from = match &e.from {
                None => None,
                Some(d) => Some(
                    parse_date(d.get_ref())
                        .ok_or_else(|| bad(d.span().start, format!("日期「{}」应为 YYYY-MM-DD", d.get_ref())))?,
                ),
            };
            let template = Template {
                name: name.clone(),
                aliases: e.aliases.iter().map(|a| a.trim().to_string()).collect(),
                tiers,
                kind,
                from,
                file: file.to_string(),
                line: line_of(text, at),
            };
            match self.list.iter().position(|t| t.name == name) {
                Some(i) => self.list[i] = template,
                None => self.list.push(template),
            }
        }
        for s in successions {
            let at = s.date.span().start;
            let when = parse_date(s.date.get_ref())
                .ok_or_else(|| bad(at, format!("日期「{}」应为 YYYY-MM-DD", s.date.get_ref())))?;
            let kind = EventKind::parse(s.event.get_ref()).ok_or_else(|| {
                bad(at, format!("未知的沿革类型「{}」（rename/merge/split/abolish）", s.event.get_ref()))
            })?;
            let mut tiers = Vec::new();
            for t in &s.tiers {
                tiers.push(Tier::parse(t).ok_or_else(|| bad(at, format!("未知的层级「{t}」")))?);
            }
            let ids = |names: &[String]| -> Result<Vec<usize>, RegistryError> {
                names
                    .iter()
                    .map(|n| {
                        let i = self.list.iter().position(|t| t.name == n.trim()).ok_or_else(|| {
                            RegistryError::UnknownBody {
                                file: file.to_string(),
                                line: line_of(text, at),
                                name: n.clone(),
                            }
                        })?;
                        match tiers.iter().find(|t| !self.list[i].tiers.contains(t)) {
                            Some(t) => Err(bad(at, format!("模板「{n}」不适用于{}", t.label_zh()))),
                            None => Ok(i),
                        }
                    })
                    .collect()
            };
            let from = ids(&s.from)?;
            let to = ids(&s.to)?;
            if from.is_empty() {
                return Err(bad(at, "沿革事件缺少 from".into()));
            }
            if kind != EventKind::Abolish && to.is_empty() {
                return Err(bad(at, "沿革事件缺少 to".into()));
            }
            if tiers.is_empty() {
                return Err(bad(at, "模板沿革缺少 tiers".into()));
            }
            self.events.push(TemplateEvent { date: when, tiers, kind, from, to, note: s.note });
        }
        Ok(())
    }

    /// Builds the index, once every file is in.
    pub(crate) fn index(&mut self, normalizer: &Normalizer) {
        self.events.sort_by_key(|e| e.date);
        self.by_key.clear();
        for (i, t) in self.list.iter().enumerate() {
            for &tier in &t.tiers {
                for &word in tier.words() {
                    for form in std::iter::once(&t.name).chain(&t.aliases) {
                        let key = normalizer.key(&instantiate(form, word, word));
                        let entry = self.by_key.entry(key).or_default();
                        if !entry.iter().any(|&(j, tj, _)| j == i && tj == tier) {
                            entry.push((i, tier, word));
                        }
                    }
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn templates(&self) -> &[Template] {
        &self.list
    }

    /// The reforms, in date order.
    pub fn events(&self) -> &[TemplateEvent] {
        &self.events
    }

    /// Matches a written name to a template: the locality's own name, when
    /// written, stands for its tier word (吉水县发改局 → 县发改局). A form of
    /// the locality's tier and word wins, then one with the locality's word,
    /// then any; the full name is the locality's only when the word agrees.
    pub fn resolve(
        &self,
        written: &str,
        locality: Option<&Locality>,
        on: Option<NaiveDate>,
        normalizer: &Normalizer,
    ) -> Option<LocalMatch> {
        let mut s = normalizer.simplified(written.trim());
        if let Some(place) = locality
            && let Some(at) = s.find(&place.name)
        {
            s.replace_range(at..at + place.name.len(), place.word);
        }
        let candidates = self.by_key.get(&normalizer.key(&s))?;
        let rank = |&&(_, tier, word): &&(usize, Tier, &str)| match locality {
            Some(l) if l.tier == tier && l.word == word => 0,
            Some(l) if l.word == word => 1,
            _ => 2,
        };
        let &(i, tier, word) = candidates.iter().min_by_key(rank)?;
        let place = match locality {
            Some(l) if l.word == word => l.name.as_str(),
            _ => word,
        };
        let t = &self.list[i];
        let until = self.events.iter().find(|e| e.from.contains(&i) && e.tiers.contains(&tier)).map(|e| e.date);
        let successors = match (until, on) {
            (Some(u), Some(d)) if d >= u => {
                self.carried_on(i, tier, d).iter().map(|&j| instantiate(&self.list[j].name, place, word)).collect()
            }
            _ => Vec::new(),
        };
        Some(LocalMatch { name: instantiate(&t.name, place, word), tier, kind: t.kind, until, successors })
    }

    /// The templates carrying on for `i` on `date`, through later reforms.
    fn carried_on(&self, i: usize, tier: Tier, date: NaiveDate) -> Vec<usize> {
        let mut out = Vec::new();
        let mut todo = vec![i];
        let mut seen = vec![i];
        while let Some(j) = todo.pop() {
            let next: Vec<usize> = self
                .events
                .iter()
                .filter(|e| e.date <= date && e.tiers.contains(&tier) && e.from.contains(&j))
                .flat_map(|e| e.to.iter().copied())
                .collect();
            if next.is_empty() && j != i {
                if !out.contains(&j) {
                    out.push(j);
                }
                continue;
            }
            for k in next {
                if !seen.contains(&k) {
                    seen.push(k);
                    todo.push(k);
                }
            }
        }
        out
    }
}
