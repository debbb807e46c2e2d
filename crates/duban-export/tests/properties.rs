use crate::{round_trips, shape};
use duban_core::{Assignment, Deadline, Item, OrgName, Plan, Role};
use duban_export::{Layout, write_docx, write_xlsx};
use duban_import::{ImportError, Options, parse};
use proptest::prelude::*;

const TEXTS: &[&str] = &[
    "建立健全工作机制。",
    "加快推进重点项目建设",
    "完善政策支持体系。",
    "开展专项督查检查",
    "强化要素保障，优化审批流程。",
    "推动数据共享和业务协同。",
    "加强宣传引导。",
    "健全考核评价办法",
];
const DEPTS: &[&str] = &[
    "市发展改革委",
    "市财政局",
    "市教育局",
    "市科技局",
    "市工业和信息化局",
    "各区县人民政府",
    "市直有关部门",
    "市生态环境局",
];
const DEADLINES: &[&str] = &["2025年底前", "2026年6月底前", "持续推进", "每年", "2025年上半年", "按上级要求办理"];
const CN: &[&str] = &["一", "二", "三", "四", "五", "六"];

fn assignments() -> impl Strategy<Value = Vec<Assignment>> {
    prop::sample::subsequence((0..DEPTS.len()).collect::<Vec<_>>(), 0..4).prop_flat_map(|picked| {
        let n = picked.len();
        prop::collection::vec(0..3u8, n).prop_map(move |roles| {
            picked
                .iter()
                .zip(&roles)
                .map(|(&d, &r)| Assignment {
                    role: [Role::Lead, Role::Participant, Role::Responsible][r as usize],
                    as_written: DEPTS[d].into(),
                    org: OrgName::parse(DEPTS[d]).unwrap(),
                    successors: Vec::new(),
                    basis: duban_core::Basis::Verb,
                })
                .collect()
        })
    })
}

fn leaf(number: Option<String>) -> impl Strategy<Value = Item> {
    (0..TEXTS.len(), assignments(), prop::option::of(0..DEADLINES.len()), prop::bool::weighted(0.1)).prop_map(
        move |(t, a, d, note)| {
            let mut item = Item::new(number.clone(), TEXTS[t].into(), 1);
            item.assignments = a;
            item.deadline = d.and_then(|d| Deadline::parse(DEADLINES[d]));
            item.note = note.then(|| "分年度推进".to_string());
            item
        },
    )
}

fn task(k: usize) -> impl Strategy<Value = Item> {
    (0..TEXTS.len(), prop::collection::vec(0..1u8, 1..4)).prop_flat_map(move |(t, ms)| {
        let measures: Vec<_> = (0..ms.len()).map(|m| leaf(Some((m + 1).to_string()))).collect();
        measures.prop_map(move |children| {
            let mut item = Item::new(Some(CN[k].into()), TEXTS[t].into(), 1);
            item.children = children;
            item
        })
    })
}

fn plan() -> impl Strategy<Value = Plan> {
    prop::collection::vec(1..4usize, 1..4).prop_flat_map(|areas| {
        let areas: Vec<_> = areas
            .iter()
            .enumerate()
            .map(|(a, &tasks)| {
                let tasks: Vec<_> = (0..tasks).map(task).collect();
                (0..TEXTS.len(), tasks).prop_map(move |(t, children)| {
                    let mut item = Item::new(Some(CN[a].into()), TEXTS[t].into(), 1);
                    item.children = children;
                    item
                })
            })
            .collect();
        areas.prop_map(|items| Plan { title: Some("某市重点任务分工表".into()), items })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn generated_plans_round_trip(plan in plan()) {
        for (kind, back) in round_trips(&plan) {
            prop_assert_eq!(shape(&back.plan.items), shape(&plan.items), "via {}", kind);
        }
    }

    #[test]
    fn mutated_archives_never_panic(plan in plan(), flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8), cut in any::<prop::sample::Index>()) {
        let layout = Layout::of(&plan);
        for (name, mut bytes) in [("x.xlsx", write_xlsx(&layout).unwrap()), ("x.docx", write_docx(&layout).unwrap())] {
            for (at, b) in &flips {
                let i = at.index(bytes.len());
                bytes[i] ^= b | 1;
            }
            let options = Options { file_name: Some(name.into()), ..Options::default() };
            if let Err(ImportError::Internal(msg)) = parse(&bytes, &options) {
                prop_assert!(false, "{} panicked: {}", name, msg);
            }
            let truncated = &bytes[..cut.index(bytes.len())];
            if let Err(ImportError::Internal(msg)) = parse(truncated, &options) {
                prop_assert!(false, "truncated {} panicked: {}", name, msg);
            }
        }
    }
}
