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
    for (name, bytes) in [("export.xlsx", write_xlsx(&layout).unwrap()), ("export.docx", write_docx(&layout).unwrap())]
    {
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
