use crate::{parse_file, repo_root};
use duban_core::{DiagnosticCode, Item, Role};

fn seed() -> duban_core::Parsed {
    parse_file(&repo_root().join("samples/shandong-ip-division-table.txt"))
}

fn find<'a>(items: &'a [Item], path: &[&str]) -> &'a Item {
    let (first, rest) = path.split_first().expect("non-empty path");
    let item = items
        .iter()
        .find(|i| i.number.as_deref().unwrap_or("") == *first)
        .unwrap_or_else(|| panic!("no item {first} among {:?}", items.iter().map(|i| &i.number).collect::<Vec<_>>()));
    if rest.is_empty() { item } else { find(&item.children, rest) }
}

fn names(item: &Item, role: Role) -> Vec<&str> {
    item.assignments.iter().filter(|a| a.role == role).map(|a| &*a.as_written).collect()
}

#[test]
fn tree_has_five_areas_nineteen_tasks_fifty_four_measures() {
    let p = seed();
    assert_eq!(p.plan.title.as_deref(), Some("山东省知识产权强省建设实施方案重点任务分工表"));
    assert_eq!(p.plan.items.len(), 5);
    let tasks: usize = p.plan.items.iter().map(|a| a.children.len()).sum();
    assert_eq!(tasks, 19);
    assert_eq!(p.plan.leaves().len(), 54);
    let per_task: Vec<usize> = p.plan.items.iter().flat_map(|a| a.children.iter().map(|t| t.children.len())).collect();
    assert_eq!(per_task, vec![3, 3, 3, 6, 2, 2, 2, 1, 4, 2, 2, 3, 2, 4, 4, 3, 4, 2, 2]);
}

#[test]
fn shifted_rows_follow_the_numbering() {
    let p = seed();
    // Area 三's header is printed beside task (三) of area 二.
    assert!(find(&p.plan.items, &["二", "三"]).text.starts_with("强化中小微企业知识产权维权援助工作"));
    // Measure 1 of 三(三) is printed before its task header.
    assert!(find(&p.plan.items, &["三", "三", "1"]).text.starts_with("鼓励和引导企事业单位"));
    // 四(二) continues with 3 and 4 on the row of task (三).
    assert!(find(&p.plan.items, &["四", "二", "4"]).text.starts_with("增加知识产权信息服务网点"));
    assert!(find(&p.plan.items, &["四", "四", "3"]).text.starts_with("广泛开展知识产权普及型教育"));
    // The unnumbered measure stays under 三(二).
    let t = find(&p.plan.items, &["三", "二"]);
    assert_eq!(t.children.len(), 1);
    assert_eq!(t.children[0].number, None);
}

#[test]
fn phrases_pair_with_measures() {
    let p = seed();
    let m = find(&p.plan.items, &["一", "一", "3"]);
    assert_eq!(names(m, Role::Lead), vec!["省编办"]);
    assert_eq!(names(m, Role::Participant), vec!["省知识产权局", "省工商局", "省版权局"]);
    let m = find(&p.plan.items, &["一", "三", "2"]);
    assert_eq!(names(m, Role::Lead), vec!["省国资委"]);
    let m = find(&p.plan.items, &["三", "六", "2"]);
    assert_eq!(
        names(m, Role::Responsible),
        vec!["人民银行济南分行", "省版权局", "省知识产权局", "山东银监局", "山东保监局"]
    );
    let m = find(&p.plan.items, &["二", "三", "1"]);
    assert_eq!(names(m, Role::Responsible).iter().filter(|n| **n == "省商务厅").count(), 1, "duplicate kept once");
    assert!(find(&p.plan.items, &["五", "一", "4"]).assignments.is_empty());
}

#[test]
fn diagnostics_name_what_was_doubted() {
    let p = seed();
    let has = |code: DiagnosticCode, needle: &str| {
        p.diagnostics.iter().any(|d| d.code == code && (d.message.contains(needle) || d.excerpt.contains(needle)))
    };
    assert!(has(DiagnosticCode::PhraseCountMismatch, "搭建高效生态农业"));
    assert!(has(DiagnosticCode::PhraseCountMismatch, "完善知识产权涉外维权机制"));
    assert!(has(DiagnosticCode::DuplicateDepartment, "加大对中小微企业"));
    assert!(has(DiagnosticCode::DuplicateDepartment, "省文化厅、省文化厅"));
    assert!(has(DiagnosticCode::SuspiciousDepartment, "省工商总局"));
    assert!(has(DiagnosticCode::ItemMoved, "强化中小微企业知识产权维权"));
    assert!(p.diagnostics.iter().all(|d| d.line >= 1 && d.line <= 54), "lines point into the file");
    assert!(!p.diagnostics.iter().any(|d| d.code == DiagnosticCode::NumberingGap), "repairs leave no gaps");
}
