//! Opens the exports in LibreOffice (headless conversion to PDF) and keeps
//! the first page as a PNG under target/artifacts/ for review. Needs
//! `soffice` and `pdftoppm` (Debian libreoffice, poppler-utils): under CI
//! (CI=true) their absence fails the test; elsewhere it is skipped with a
//! printed reason.

use duban_export::{Layout, write_docx, write_xlsx};
use duban_import::{Options, parse};
use std::path::{Path, PathBuf};
use std::process::Command;

fn have(cmd: &str) -> bool {
    Command::new("sh").arg("-c").arg(format!("command -v {cmd}")).output().is_ok_and(|o| o.status.success())
}

#[test]
fn exports_open_in_libreoffice() {
    if !have("soffice") || !have("pdftoppm") {
        let msg =
            "soffice or pdftoppm not installed (apt-get install libreoffice-writer libreoffice-calc poppler-utils)";
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{msg}");
        }
        eprintln!("skipped: {msg}");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let sample = std::fs::read(root.join("samples/shandong-ip-division-table.txt")).unwrap();
    let plan = parse(&sample, &Options::default()).unwrap().plan;
    let layout = Layout::of(&plan);
    let artifacts: PathBuf = root.join("target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let work = std::env::temp_dir().join(format!("duban-lo-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    // A circular built from the sample's first measures.
    let leaves: Vec<Vec<String>> = plan
        .leaves()
        .iter()
        .take(6)
        .map(|m| vec![m.text.clone(), m.assignments.first().map(|a| a.as_written.to_string()).unwrap_or_default()])
        .collect();
    let circular = duban_export::Circular {
        title: "关于知识产权强省建设重点任务落实情况的通报".into(),
        dateline: "截至 2026-11-29".into(),
        opening: "现将各责任单位落实情况通报如下。".into(),
        sections: vec![duban_export::Section {
            heading: "一、已完成的措施".into(),
            columns: vec!["具体措施".into(), "牵头单位".into()],
            rows: leaves,
        }],
    };
    let documents = [
        ("export.xlsx", write_xlsx(&layout).unwrap()),
        ("export.docx", write_docx(&layout).unwrap()),
        ("circular.docx", duban_export::circular_docx(&circular).unwrap()),
        ("circular.xlsx", duban_export::circular_xlsx(&circular).unwrap()),
    ];
    for (name, bytes) in documents {
        let input = work.join(name);
        std::fs::write(&input, bytes).unwrap();
        let profile = format!("-env:UserInstallation=file://{}/profile", work.display());
        let out = Command::new("soffice")
            .args([profile.as_str(), "--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&work)
            .arg(&input)
            .output()
            .expect("run soffice");
        let pdf = input.with_extension("pdf");
        assert!(pdf.exists(), "LibreOffice converted {name}: {}", String::from_utf8_lossy(&out.stderr));
        let stem = artifacts.join(name.replace('.', "-"));
        let status = Command::new("pdftoppm")
            .args(["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"])
            .arg(&pdf)
            .arg(&stem)
            .status()
            .expect("run pdftoppm");
        assert!(status.success());
        assert!(stem.with_extension("png").exists(), "first page of {name} rendered");
        // LibreOffice read the text back: the title is in the PDF.
        let text = Command::new("pdftotext").arg(&pdf).arg("-").output();
        if let Ok(t) = text {
            let t = String::from_utf8_lossy(&t.stdout);
            assert!(t.contains("知识产权"), "{name}: the PDF holds the table's text");
        }
    }
    let _ = std::fs::remove_dir_all(&work);
}
