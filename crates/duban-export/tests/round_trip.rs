use crate::{round_trips, shape};
use duban_import::{Options, parse};
use std::path::Path;

fn documents() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut docs: Vec<_> = std::fs::read_dir(root.join("crates/duban-import/tests/fixtures"))
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && !p.ends_with("README.md"))
        .collect();
    docs.sort();
    docs.push(root.join("samples/shandong-ip-division-table.txt"));
    docs
}

#[test]
fn every_fixture_survives_export_and_import() {
    for doc in documents() {
        let bytes = std::fs::read(&doc).unwrap();
        let options =
            Options { file_name: doc.file_name().map(|n| n.to_string_lossy().into_owned()), ..Options::default() };
        let original = parse(&bytes, &options).unwrap();
        for (kind, back) in round_trips(&original.plan) {
            assert_eq!(back.plan.title, original.plan.title, "{} via {kind}: title", doc.display());
            assert_eq!(shape(&back.plan.items), shape(&original.plan.items), "{} via {kind}", doc.display());
        }
    }
}

#[test]
fn the_sample_as_xlsx_and_docx_imports_like_the_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = parse(&std::fs::read(root.join("samples/shandong-ip-division-table.txt")).unwrap(), &Options::default())
        .unwrap();
    for (kind, back) in round_trips(&text.plan) {
        assert_eq!(back.plan.leaves().len(), 54, "{kind}");
        assert_eq!(back.plan.items.len(), 5, "{kind}");
        // The exported table is clean: nothing left to doubt but the
        // measure that has no department and the unknown spelling.
        let codes: Vec<_> = back.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert!(!codes.contains(&"item-moved") && !codes.contains(&"phrase-count-mismatch"), "{kind}: {codes:?}");
    }
}

/// A sheet pasted from printed pages: the header row repeats in the middle,
/// and a task's merged cell is split by it, its measures continuing under
/// the second header.
#[test]
fn merged_cells_across_page_like_row_groups() {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let f = Format::new();
    let header = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"];
    let put_header = |sheet: &mut rust_xlsxwriter::Worksheet, row: u32| {
        for (c, h) in header.iter().enumerate() {
            sheet.write_string(row, c as u16, *h).unwrap();
        }
    };
    sheet.merge_range(0, 0, 0, 5, "某市营商环境重点任务分工表", &f).unwrap();
    put_header(sheet, 1);
    sheet.merge_range(2, 0, 2, 2, "一、优化政务服务", &f).unwrap();
    sheet.merge_range(3, 1, 4, 1, "（一）推进一网通办", &f).unwrap();
    for (row, n, text, lead) in
        [(3, "1", "梳理高频事项清单。", "市政务服务局"), (4, "2", "建设统一受理平台。", "市大数据局")]
    {
        sheet.write_string(row, 0, n).unwrap();
        sheet.write_string(row, 2, text).unwrap();
        sheet.write_string(row, 3, lead).unwrap();
        sheet.write_string(row, 5, "2025年底前").unwrap();
    }
    // Page break: the header again, then the rest of task (一) with its cell
    // merged anew over the remaining measures.
    put_header(sheet, 5);
    sheet.merge_range(6, 1, 7, 1, "（一）推进一网通办", &f).unwrap();
    for (row, n, text, lead) in
        [(6, "3", "推行电子证照互认。", "市政务服务局"), (7, "4", "开展好差评。", "市政务服务局")]
    {
        sheet.write_string(row, 0, n).unwrap();
        sheet.write_string(row, 2, text).unwrap();
        sheet.write_string(row, 3, lead).unwrap();
        sheet.write_string(row, 4, "各区县人民政府").unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();
    let parsed = parse(&bytes, &Options { file_name: Some("paged.xlsx".into()), ..Options::default() }).unwrap();
    let area = &parsed.plan.items[0];
    assert_eq!(
        area.children.len(),
        1,
        "one task, not two: {:?}",
        area.children.iter().map(|t| &t.text).collect::<Vec<_>>()
    );
    let task = &area.children[0];
    let numbers: Vec<_> = task.children.iter().map(|m| m.number.clone().unwrap_or_default()).collect();
    assert_eq!(numbers, vec!["1", "2", "3", "4"]);
    assert_eq!(&*task.children[3].assignments[0].as_written, "市政务服务局");
    assert_eq!(task.children[3].assignments[1].role, duban_core::Role::Participant);
    assert_eq!(task.children[0].deadline.as_ref().map(|d| d.as_written.as_str()), Some("2025年底前"));
}
