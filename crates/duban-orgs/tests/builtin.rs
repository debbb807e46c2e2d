use duban_core::{MatchKind, NaiveDate};
use duban_orgs::Registry;

fn builtin() -> Registry {
    Registry::with_defaults(&[]).expect("the shipped data loads")
}

/// Every department the seed names (shared/seeds/000_…): all must resolve.
const SEED_NAMES: &[&str] = &[
    "省编办",
    "省知识产权局",
    "省工商局",
    "省版权局",
    "省科技厅",
    "省发展改革委",
    "省经济和信息化委",
    "省统计局",
    "省国资委",
    "省财政厅",
    "省农业厅",
    "省文化厅",
    "济南海关",
    "青岛海关",
    "省质监局",
    "省食品药品监督管理局",
    "省林业厅",
    "人民银行济南分行",
    "省委政法委",
    "省法制办",
    "省检察院",
    "省法院",
    "省公安厅",
    "省商务厅",
    "省网信办",
    "省教育厅",
    "省科学院",
    "山东银监局",
    "山东保监局",
    "省委组织部",
    "省人力资源社会保障厅",
    "省委宣传部",
    "省外办",
    "省贸促会",
];

#[test]
fn every_seed_department_resolves() {
    let reg = builtin();
    for name in SEED_NAMES {
        let r = reg.resolve(name, None);
        assert!(
            matches!(r.how, MatchKind::Exact | MatchKind::Alias | MatchKind::Normalized),
            "{name} resolved as {:?}",
            r.how
        );
    }
    let typo = reg.resolve("省工商总局", None);
    assert_eq!(typo.how, MatchKind::Fuzzy);
    assert_eq!(reg.org(typo.org.unwrap()).name, reg.org(reg.find("省工商局").unwrap()).name);
}

#[test]
fn the_2018_reform_is_modelled() {
    let reg = builtin();
    let on = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let carried = |name: &str| -> Vec<String> {
        let r = reg.resolve(name, Some(on));
        r.successors.iter().map(|&s| reg.org(s).name.clone()).collect()
    };
    let market = reg.org(reg.find("省市场监管局").unwrap()).name.clone();
    for old in ["省工商局", "省质监局", "省食品药品监督管理局"] {
        assert_eq!(carried(old), vec![market.clone()], "{old}");
    }
    assert_eq!(carried("省农业厅"), vec![reg.org(reg.find("省农业农村厅").unwrap()).name.clone()]);
    assert!(carried("省发展改革委").is_empty(), "still exists");
}

#[test]
fn national_bodies_and_collectives() {
    let reg = builtin();
    for name in ["国家发展改革委", "工业和信息化部", "市场监管总局", "国家知识产权局", "各市人民政府", "省直有关部门"]
    {
        assert!(reg.find(name).is_some(), "{name}");
    }
}
