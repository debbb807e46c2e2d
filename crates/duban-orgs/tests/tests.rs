//! The registry's one integration-test binary.

// Matching stages, successions, overrides, on small registries made here.
mod resolution;
// Bad registry files are rejected with file and line.
mod rejection;
// The shipped data: loads, covers the seed, models the 2018 reform.
mod builtin;
// Corrections kept from reviews, as aliases.
mod learned;
// proptest: resolution never panics.
mod properties;

use duban_orgs::{Registry, Source};

pub const SMALL: &str = r#"
[[org]]
name = "山东省工商行政管理局"
aliases = ["省工商局", "山东省工商局"]
level = "provincial"
region = "山东省"
kind = "government"

[[org]]
name = "山东省质量技术监督局"
aliases = ["省质监局"]
level = "provincial"
region = "山东省"
kind = "government"

[[org]]
name = "山东省市场监督管理局"
aliases = ["省市场监管局"]
level = "provincial"
region = "山东省"
kind = "government"
from = "2018-10-26"

[[org]]
name = "山东省发展和改革委员会"
aliases = ["省发展改革委", "省发改委"]
level = "provincial"
region = "山东省"
kind = "government"

[[org]]
name = "山东省经济和信息化委员会"
aliases = ["省经信委"]
level = "provincial"
region = "山东省"
kind = "government"

[[org]]
name = "山东省工业和信息化厅"
aliases = ["省工业和信息化厅", "省工信厅"]
level = "provincial"
region = "山东省"
kind = "government"
from = "2018-10-26"

[[succession]]
date = "2018-10-26"
event = "merge"
from = ["山东省工商行政管理局", "山东省质量技术监督局"]
to = ["山东省市场监督管理局"]
note = "2018年机构改革"

[[succession]]
date = "2018-10-26"
event = "rename"
from = ["山东省经济和信息化委员会"]
to = ["山东省工业和信息化厅"]
"#;

pub fn small() -> Registry {
    Registry::load(&[Source { name: "small.toml".into(), text: SMALL.into() }]).expect("small registry loads")
}
mod templates;
