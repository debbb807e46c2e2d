//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and the
//! Chinese legacy encodings (GB18030 ⊇ GBK ⊇ GB2312, Big5) guessed by
//! chardetng. Also refuses what is not text: Office and PDF files, binaries.

use crate::ImportError;

/// What the first bytes say the file is, when it is not text at all.
fn sniff_binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"PK\x03\x04") {
        Some("DOCX/XLSX（Office Open XML）")
    } else if bytes.starts_with(b"%PDF") {
        Some("PDF")
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        Some("DOC/XLS（旧版 Office）")
    } else if bytes.starts_with(b"{\\rtf") {
        Some("RTF")
    } else {
        None
    }
}

/// Decodes a document's bytes into text.
pub fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportError::Empty);
    }
    if let Some(kind) = sniff_binary_kind(bytes) {
        return Err(ImportError::Unsupported(kind.to_string()));
    }
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(ImportError::Encoding(format!("{} 解码出错", encoding.name())));
        }
        return finish(text.into_owned());
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(ImportError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return finish(text.to_string());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors {
        let bad = text.chars().filter(|c| *c == '\u{FFFD}').count();
        if bad * 50 > text.chars().count().max(1) {
            return Err(ImportError::Encoding(format!("按 {} 解码有大量乱码", encoding.name())));
        }
    }
    finish(text.into_owned())
}

fn finish(text: String) -> Result<String, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // A sample is enough to tell text from a binary that happened to decode.
    let (mut seen, mut controls) = (0usize, 0usize);
    for c in text.chars().take(65_536) {
        seen += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            controls += 1;
        }
    }
    if controls * 20 > seen {
        return Err(ImportError::Binary);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_and_gbk() {
        assert_eq!(decode("\u{feff}一、总体要求".as_bytes()).unwrap(), "一、总体要求");
        let (gbk, _, _) = encoding_rs::GBK.encode("一、加强组织领导。（县农业农村局牵头，各乡镇人民政府负责）");
        assert_eq!(decode(&gbk).unwrap(), "一、加强组织领导。（县农业农村局牵头，各乡镇人民政府负责）");
    }

    #[test]
    fn refusals() {
        assert_eq!(decode(b""), Err(ImportError::Empty));
        assert_eq!(decode(b"  \n\t"), Err(ImportError::Empty));
        assert!(matches!(decode(b"%PDF-1.7 ..."), Err(ImportError::Unsupported(_))));
        assert!(matches!(decode(b"PK\x03\x04rest"), Err(ImportError::Unsupported(_))));
        assert_eq!(decode(&[1, 2, 0, 4, 5, 0, 0, 9]), Err(ImportError::Binary));
    }
}
