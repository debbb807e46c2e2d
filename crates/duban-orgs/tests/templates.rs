//! Templates of every locality's bodies: the place a heading names, a
//! county's short forms resolved as that county's bodies, reforms followed,
//! the shipped templates free of clashes, bad template data rejected.

use duban_core::{Context, MatchKind, NaiveDate, ResolveOrg};
use duban_orgs::{Locality, Registry, RegistryError, Source, Tier};
use std::collections::HashMap;

fn builtin() -> Registry {
    Registry::with_defaults(&[]).expect("the shipped data loads")
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn place(heading: &str) -> Option<(String, Tier, &'static str)> {
    Locality::of_heading(heading).map(|l| (l.name, l.tier, l.word))
}

#[test]
fn the_most_local_place_a_heading_starts_with() {
    assert_eq!(place("湖南省邵阳市隆回县人民政府办公室关于印发…的通知"), Some(("隆回县".into(), Tier::County, "县")));
    assert_eq!(place("中共宁远县委办公室 宁远县人民政府办公室"), Some(("宁远县".into(), Tier::County, "县")));
    assert_eq!(place("关于印发南岗区2025年重点工作任务分解的通知"), Some(("南岗区".into(), Tier::County, "区")));
    assert_eq!(place("2023年德清县民生实事项目"), Some(("德清县".into(), Tier::County, "县")));
    assert_eq!(place("广西壮族自治区人民政府关于…"), Some(("广西壮族自治区".into(), Tier::Provincial, "省")));
    assert_eq!(place("黔南布依族苗族自治州人民政府"), Some(("黔南布依族苗族自治州".into(), Tier::City, "州")));
    assert_eq!(place("天津市人民政府办公厅"), Some(("天津市".into(), Tier::City, "市")));
    assert_eq!(place("安化县梅城镇人民政府"), Some(("梅城镇".into(), Tier::Township, "镇")));
    assert_eq!(place("阿拉善盟行政公署"), Some(("阿拉善盟".into(), Tier::City, "盟")));
    // 州 inside a name: 贵州省, 郑州市, 播州区.
    assert_eq!(place("贵州省人民政府办公厅"), Some(("贵州省".into(), Tier::Provincial, "省")));
    assert_eq!(place("河南省郑州市人民政府"), Some(("郑州市".into(), Tier::City, "市")));
    assert_eq!(place("贵州省遵义市播州区"), Some(("播州区".into(), Tier::County, "区")));
    // No place: a title that opens with a sentence, or a word that only
    // looks like a unit (市场, 区域).
    assert_eq!(place("关于做好全市重点工作的通知"), None);
    assert_eq!(place("市场监管领域重点任务"), None);
    assert_eq!(place("区域协调发展重点任务分工"), None);
    assert_eq!(place("重点任务分工方案"), None);
}

#[test]
fn a_countys_short_forms_are_that_countys_bodies() {
    let reg = builtin();
    let county = Locality::of_heading("四川省宜宾市屏山县人民政府").unwrap();
    let name = |w: &str| reg.resolve_local(w, Some(&county), None).map(|m| m.name);
    assert_eq!(name("县发改局").as_deref(), Some("屏山县发展和改革局"));
    assert_eq!(name("屏山县发展和改革局").as_deref(), Some("屏山县发展和改革局"));
    assert_eq!(name("县人社局").as_deref(), Some("屏山县人力资源和社会保障局"));
    assert_eq!(name("县委组织部").as_deref(), Some("中共屏山县委组织部"));
    assert_eq!(name("团县委").as_deref(), Some("共青团屏山县委员会"));
    assert_eq!(name("县妇联").as_deref(), Some("屏山县妇女联合会"));
    assert_eq!(name("县税务局").as_deref(), Some("国家税务总局屏山县税务局"));
    // Traditional script and spaces meet the same template.
    assert_eq!(name("縣 財政局").as_deref(), Some("屏山县财政局"));
    // A body of the city above keeps its tier word: the county does not own it.
    assert_eq!(name("市生态环境局").as_deref(), Some("市生态环境局"));
    // Not a body at all.
    assert_eq!(name("县城建设"), None);
    assert_eq!(name("加快发展"), None);
}

#[test]
fn reforms_are_followed_per_tier() {
    let reg = builtin();
    let county = Locality::of_heading("某某县人民政府").unwrap();
    let m = reg.resolve_local("县工商局", Some(&county), Some(date("2025-01-01"))).unwrap();
    assert_eq!(m.name, "某某县工商行政管理局");
    assert_eq!(m.until, Some(date("2019-03-31")));
    assert_eq!(m.successors, vec!["某某县市场监督管理局".to_string()]);
    // Before the reform it still existed: no successor.
    let m = reg.resolve_local("县工商局", Some(&county), Some(date("2016-05-01"))).unwrap();
    assert!(m.successors.is_empty());
    // Followed through two reforms: 卫生局 → 卫生和计划生育委员会 → 卫生健康委员会.
    let m = reg.resolve_local("县卫生局", Some(&county), Some(date("2025-01-01"))).unwrap();
    assert_eq!(m.successors, vec!["某某县卫生健康委员会".to_string()]);
    // A province's reform came earlier and gives the 厅.
    let province = Locality::of_heading("甘肃省人民政府").unwrap();
    let m = reg.resolve_local("省安监局", Some(&province), Some(date("2025-01-01"))).unwrap();
    assert_eq!((m.until, m.successors), (Some(date("2018-12-31")), vec!["甘肃省应急管理厅".to_string()]));
}

#[test]
fn the_importer_gets_the_locality_from_the_title_or_the_preamble() {
    let reg = builtin();
    let on = Some(date("2025-01-01"));
    let titled = Context { on, title: Some("南岗区2025年重点工作任务分解"), ..Default::default() };
    let r = ResolveOrg::resolve(&reg, "区住建局", &titled).unwrap();
    assert_eq!((r.org.as_str(), r.how), ("南岗区住房和城乡建设局", MatchKind::Template));
    let preamble = ["湄潭县人民政府办公室", "关于印发重点工作任务分解的通知"];
    let letter = Context { on, title: Some("重点工作任务分解表"), preamble: &preamble };
    let r = ResolveOrg::resolve(&reg, "县环保局", &letter).unwrap();
    assert_eq!(r.org.as_str(), "湄潭县环境保护局");
    assert_eq!(r.ceased, Some(date("2019-03-31")));
    assert_eq!(r.successors[0].as_str(), "湄潭县生态环境局");
    // Another province's 省财政厅 is its own, not the Shandong body the files list.
    let jiangxi = Context { on, title: Some("江西省某某行动任务分工"), ..Default::default() };
    let r = ResolveOrg::resolve(&reg, "省财政厅", &jiangxi).unwrap();
    assert_eq!((r.org.as_str(), r.how), ("江西省财政厅", MatchKind::Template));
    // What the files list wins over a template.
    let shandong = Context { on, title: Some("山东省某某行动任务分工"), ..Default::default() };
    assert_eq!(ResolveOrg::resolve(&reg, "省财政厅", &shandong).unwrap().how, MatchKind::Alias);
    // Still unknown: a name no file and no template knows.
    let r = ResolveOrg::resolve(&reg, "县某某协调专班", &letter).unwrap();
    assert_eq!(r.how, MatchKind::Unknown);
}

#[test]
fn no_two_shipped_templates_share_a_form_in_one_tier() {
    let reg = builtin();
    let mut seen: HashMap<(String, String), &str> = HashMap::new();
    for t in reg.templates().templates() {
        for tier in &t.tiers {
            for word in tier.words() {
                for form in std::iter::once(&t.name).chain(&t.aliases) {
                    let written = form.replace("{地}", word).replace("{级}", word);
                    let county = Locality { name: format!("某某{word}"), tier: *tier, word };
                    let got = reg.resolve_local(&written, Some(&county), None).expect("every form resolves");
                    let key = (got.name.clone(), format!("{tier:?}{word}"));
                    let own = t.name.replace("{地}", &county.name);
                    assert_eq!(got.name, own, "「{written}」({tier:?}) resolves to another template");
                    seen.insert(key, &t.name);
                }
            }
        }
    }
    assert!(seen.len() > 300, "{} forms", seen.len());
}

#[test]
fn bad_templates_are_rejected_with_their_line() {
    let load = |text: &str| Registry::load(&[Source { name: "mine.toml".into(), text: text.into() }]);
    let no_place = "[[template]]\nname = \"发展和改革局\"\ntiers = [\"county\"]\nkind = \"government\"\n";
    match load(no_place) {
        Err(RegistryError::Malformed { file, line, message }) => {
            assert_eq!((file.as_str(), line), ("mine.toml", 2));
            assert!(message.contains("{地}"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let bad_tier = "[[template]]\nname = \"{地}财政局\"\ntiers = [\"county\", \"village\"]\nkind = \"government\"\n";
    match load(bad_tier) {
        Err(RegistryError::Malformed { line, message, .. }) => {
            assert_eq!(line, 3);
            assert!(message.contains("village"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let wrong_tier = "[[template]]\nname = \"{地}财政厅\"\ntiers = [\"provincial\"]\nkind = \"government\"\n\
        [[template]]\nname = \"{地}财政局\"\ntiers = [\"county\"]\nkind = \"government\"\n\
        [[template_succession]]\ndate = \"2019-03-31\"\ntiers = [\"county\"]\nevent = \"rename\"\n\
        from = [\"{地}财政厅\"]\nto = [\"{地}财政局\"]\n";
    match load(wrong_tier) {
        Err(RegistryError::Malformed { line, message, .. }) => {
            assert_eq!(line, 10);
            assert!(message.contains("县级"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    // A user's template replaces the shipped one of the same name.
    let mine = "[[template]]\nname = \"{地}发展和改革局\"\naliases = [\"{级}发改局\", \"{级}发展局\"]\n\
        tiers = [\"county\"]\nkind = \"government\"\n";
    let reg = Registry::with_defaults(&[Source { name: "mine.toml".into(), text: mine.into() }]).unwrap();
    let county = Locality::of_heading("某某县").unwrap();
    assert_eq!(reg.resolve_local("县发展局", Some(&county), None).unwrap().name, "某某县发展和改革局");
}
