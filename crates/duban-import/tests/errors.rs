use duban_import::{ImportError, Options, parse};

fn err(bytes: &[u8]) -> ImportError {
    parse(bytes, &Options::default()).expect_err("should be refused")
}

#[test]
fn empty_and_blank_inputs() {
    assert_eq!(err(b""), ImportError::Empty);
    assert_eq!(err(b"\n\n  \r\n"), ImportError::Empty);
    assert_eq!(err("\u{feff}".as_bytes()), ImportError::Empty);
}

#[test]
fn binary_and_office_files() {
    assert_eq!(err(&[0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0]), ImportError::Binary);
    // Recognised containers that are broken say so.
    assert!(matches!(err(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3"), ImportError::Pdf(_) | ImportError::NeedsOcr));
    assert!(matches!(err(b"PK\x03\x04\x14\x00\x06\x00"), ImportError::Corrupt(_)));
    assert!(matches!(err(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), ImportError::Corrupt(_)));
    let doc = Options { file_name: Some("旧文件.doc".into()), ..Options::default() };
    let old_word = parse(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], &doc).unwrap_err();
    assert!(matches!(old_word, ImportError::Unsupported(f) if f.contains("DOC")));
}

#[test]
fn text_without_numbering_is_a_plan_with_an_error_diagnostic() {
    let p = parse("只是一段说明文字，没有编号。".as_bytes(), &Options::default()).unwrap();
    assert!(p.plan.items.is_empty());
    assert!(p.diagnostics.iter().any(|d| d.code == duban_core::DiagnosticCode::NoItems));
}
