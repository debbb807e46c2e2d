use duban_import::{ImportError, Limits, Options, parse};
use std::io::Write;

fn zip_with(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            z.start_file(*name, opts).unwrap();
            z.write_all(data).unwrap();
        }
        z.finish().unwrap();
    }
    out.into_inner()
}

fn small_limits() -> Options {
    Options {
        limits: Limits { max_unpacked_bytes: 1 << 20, max_cells: 10_000, max_xml_depth: 64 },
        ..Options::default()
    }
}

#[test]
fn a_zip_bomb_is_refused() {
    // 8 MB of spaces compresses to a few kilobytes.
    let body = vec![b' '; 8 << 20];
    let bomb = zip_with(&[("word/document.xml", &body)]);
    assert!(bomb.len() < 100_000);
    assert!(matches!(parse(&bomb, &small_limits()), Err(ImportError::TooLarge(_))));
}

#[test]
fn deep_xml_is_refused() {
    let xml = format!("<w:document>{}{}</w:document>", "<w:p>".repeat(500), "</w:p>".repeat(500));
    let docx = zip_with(&[("word/document.xml", xml.as_bytes())]);
    assert!(matches!(parse(&docx, &small_limits()), Err(ImportError::TooLarge(_))));
}

#[test]
fn truncated_and_corrupt_archives() {
    let docx = zip_with(&[(
        "word/document.xml",
        b"<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>",
    )]);
    for cut in [10, docx.len() / 2, docx.len() - 5] {
        let err = parse(&docx[..cut], &Options::default()).unwrap_err();
        assert!(matches!(err, ImportError::Corrupt(_) | ImportError::Unsupported(_)), "cut at {cut}: {err}");
    }
    let not_office = zip_with(&[("readme.txt", b"hello")]);
    assert!(matches!(parse(&not_office, &Options::default()), Err(ImportError::Unsupported(_))));
}

#[test]
fn password_protected_files_say_so() {
    // An encrypted OOXML file is an OLE container with an EncryptionInfo stream.
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend(vec![0u8; 512]);
    ole.extend("EncryptionInfo".encode_utf16().flat_map(|u| u.to_le_bytes()));
    ole.extend(vec![0u8; 512]);
    assert_eq!(parse(&ole, &Options::default()).unwrap_err(), ImportError::Encrypted);
}

#[test]
fn a_huge_sheet_is_refused_within_limits() {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for r in 0..200u32 {
        for c in 0..100u16 {
            sheet.write_number(r, c, 1.0).unwrap();
        }
    }
    let bytes = book.save_to_buffer().unwrap();
    let options = Options { file_name: Some("big.xlsx".into()), ..small_limits() };
    assert!(matches!(parse(&bytes, &options), Err(ImportError::TooLarge(_))));
}

#[test]
fn a_scanned_pdf_needs_ocr() {
    // A valid one-page PDF with no text at all.
    let pdf = minimal_pdf("");
    assert_eq!(parse(&pdf, &Options::default()).unwrap_err(), ImportError::NeedsOcr);
    let broken = b"%PDF-1.4\n1 0 obj garbage".to_vec();
    assert!(matches!(parse(&broken, &Options::default()), Err(ImportError::Pdf(_) | ImportError::NeedsOcr)));
}

/// A one-page PDF whose content stream is `content`, with correct offsets.
pub fn minimal_pdf(content: &str) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_string(),
        format!("<< /Length {} >>\nstream\n{}\nendstream", content.len(), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{}\nendobj\n", i + 1, o).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}

#[test]
fn a_pdf_text_layer_goes_through_the_text_pipeline() {
    let content = "BT /F1 12 Tf 72 720 Td (1. Build the platform. \\(Finance Bureau responsible\\)) Tj ET";
    let pdf = minimal_pdf(content);
    // Latin text only (the base-14 font has no CJK): the reader runs and the
    // numbered measure is found.
    let parsed = parse(&pdf, &Options::default()).unwrap();
    assert_eq!(parsed.plan.leaves().len(), 1, "{:?}", parsed.plan);
}
