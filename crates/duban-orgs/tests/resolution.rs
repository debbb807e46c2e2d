use crate::{SMALL, small};
use duban_core::{MatchKind, NaiveDate};
use duban_orgs::{Registry, Source};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn name(reg: &Registry, written: &str) -> (Option<String>, MatchKind) {
    let r = reg.resolve(written, None);
    (r.org.map(|id| reg.org(id).name.clone()), r.how)
}

#[test]
fn each_matching_stage() {
    let reg = small();
    assert_eq!(name(&reg, "山东省发展和改革委员会"), (Some("山东省发展和改革委员会".into()), MatchKind::Exact));
    assert_eq!(name(&reg, "省发改委"), (Some("山东省发展和改革委员会".into()), MatchKind::Alias));
    // Region prefix, 委员会/委, 和, Traditional script, full-width spaces.
    assert_eq!(name(&reg, "山东省发展改革委"), (Some("山东省发展和改革委员会".into()), MatchKind::Normalized));
    assert_eq!(name(&reg, "省 發展和改革委員會"), (Some("山东省发展和改革委员会".into()), MatchKind::Normalized));
    assert_eq!(name(&reg, "省经济和信息化委"), (Some("山东省经济和信息化委员会".into()), MatchKind::Normalized));
    // One character too many: matched, but flagged as fuzzy.
    assert_eq!(name(&reg, "省工商总局"), (Some("山东省工商行政管理局".into()), MatchKind::Fuzzy));
    assert_eq!(reg.resolve("省工商总局", None).via.as_deref(), Some("省工商局"));
    assert_eq!(name(&reg, "省教育厅"), (None, MatchKind::Unknown));
}

#[test]
fn fuzzy_guard_refuses_near_misses_of_another_kind() {
    let reg = small();
    // 省工商厅 differs from 省工商局 in its last character: another kind of body.
    assert_eq!(name(&reg, "省工商厅").1, MatchKind::Unknown);
    // Too short to trust a one-character difference.
    assert_eq!(name(&reg, "工商局").1, MatchKind::Unknown);
}

#[test]
fn successions_depend_on_the_date() {
    let reg = small();
    let before = reg.resolve("省工商局", Some(date("2017-12-31")));
    assert!(before.successors.is_empty(), "still existed in 2017");
    let after = reg.resolve("省工商局", Some(date("2019-01-01")));
    let succ: Vec<&str> = after.successors.iter().map(|&s| reg.org(s).name.as_str()).collect();
    assert_eq!(succ, vec!["山东省市场监督管理局"]);
    // The body resolves to itself; the successor is extra information.
    assert_eq!(reg.org(after.org.unwrap()).name, "山东省工商行政管理局");
    let gone = reg.org(after.org.unwrap());
    assert!(gone.active_on(date("2018-10-25")) && !gone.active_on(date("2018-10-26")));
    let renamed = reg.resolve("省经信委", Some(date("2020-05-01")));
    assert_eq!(reg.org(renamed.successors[0]).name, "山东省工业和信息化厅");
    // The new body did not exist before the reform.
    assert!(!reg.org(reg.find("省市场监管局").unwrap()).active_on(date("2017-01-01")));
}

#[test]
fn user_files_add_and_override() {
    let user = r#"
[[org]]
name = "山东省发展和改革委员会"
aliases = ["省发展改革委", "省发改委", "发改委"]
level = "provincial"
region = "山东省"
kind = "government"

[[org]]
name = "济南市大数据局"
aliases = ["市大数据局"]
level = "city"
region = "济南市"
kind = "government"
"#;
    let reg = Registry::load(&[
        Source { name: "small.toml".into(), text: SMALL.into() },
        Source { name: "user.toml".into(), text: user.into() },
    ])
    .unwrap();
    assert_eq!(name(&reg, "发改委"), (Some("山东省发展和改革委员会".into()), MatchKind::Alias));
    let id = reg.find("发改委").unwrap();
    assert_eq!(reg.org(id).file, "user.toml", "the user's entry replaced the default");
    assert_eq!(reg.orgs().iter().filter(|o| o.name == "山东省发展和改革委员会").count(), 1);
    // A city learned from the data: 济南市 reduces to 市.
    assert_eq!(name(&reg, "济南市大数据局").1, MatchKind::Exact);
    assert_eq!(name(&reg, "济南大数据局").1, MatchKind::Unknown);
    assert_eq!(name(&reg, "济南市 大数据局").1, MatchKind::Normalized);
}

#[test]
fn registry_serves_the_importer() {
    use duban_core::ResolveOrg;
    let reg = small();
    let on = duban_core::Context { on: Some(date("2024-01-01")), title: None, ..Default::default() };
    let r = ResolveOrg::resolve(&reg, "省工商局", &on).unwrap();
    assert_eq!(r.org.as_str(), "山东省工商行政管理局");
    assert_eq!(r.ceased, Some(date("2018-10-26")));
    assert_eq!(r.successors[0].as_str(), "山东省市场监督管理局");
    let r = ResolveOrg::resolve(&reg, "省教育厅", &duban_core::Context::default()).unwrap();
    assert_eq!((r.org.as_str(), r.how), ("省教育厅", MatchKind::Unknown));
    // In a Jiangsu plan, 省工商局 is Jiangsu's, which this registry does not know.
    let jiangsu =
        duban_core::Context { on: None, title: Some("江苏省某某行动方案任务分工"), ..Default::default() };
    let r = ResolveOrg::resolve(&reg, "省工商局", &jiangsu).unwrap();
    assert_eq!((r.org.as_str(), r.how), ("省工商局", MatchKind::Unknown));
    let shandong =
        duban_core::Context { on: None, title: Some("山东省某某行动方案任务分工"), ..Default::default() };
    assert_eq!(ResolveOrg::resolve(&reg, "省工商局", &shandong).unwrap().how, MatchKind::Alias);
}
