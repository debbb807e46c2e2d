//! Evidence files (佐证材料) attached to progress reports: a file is
//! accepted only when it is not empty, within the size limit, of a type an
//! office exchanges (PDF, OFD, Word, Excel, WPS, images, plain text, ZIP)
//! and its content agrees with its extension: a renamed executable is
//! refused. Each accepted file carries the SHA-256 of its content, under
//! which it is stored once however many reports attach it.
//!
//! The signatures are checked here rather than with a detection crate: the
//! list of accepted types is short and is itself the rule, and a detector
//! would still need this mapping from extension to expected signature.

use sha2::{Digest, Sha256};

/// An accepted type: its extensions, its media type, and how its content
/// starts.
struct Kind {
    extensions: &'static [&'static str],
    mime: &'static str,
    signature: Signature,
}

enum Signature {
    Prefix(&'static [u8]),
    /// UTF-8 text without NUL bytes.
    Text,
}

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

const KINDS: &[Kind] = &[
    Kind { extensions: &["pdf"], mime: "application/pdf", signature: Signature::Prefix(b"%PDF-") },
    Kind { extensions: &["ofd"], mime: "application/ofd", signature: Signature::Prefix(ZIP) },
    Kind {
        extensions: &["docx"],
        mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        signature: Signature::Prefix(ZIP),
    },
    Kind {
        extensions: &["xlsx"],
        mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        signature: Signature::Prefix(ZIP),
    },
    Kind { extensions: &["zip"], mime: "application/zip", signature: Signature::Prefix(ZIP) },
    Kind { extensions: &["doc", "wps"], mime: "application/msword", signature: Signature::Prefix(OLE) },
    Kind { extensions: &["xls", "et"], mime: "application/vnd.ms-excel", signature: Signature::Prefix(OLE) },
    Kind { extensions: &["png"], mime: "image/png", signature: Signature::Prefix(b"\x89PNG\r\n\x1a\n") },
    Kind { extensions: &["jpg", "jpeg"], mime: "image/jpeg", signature: Signature::Prefix(b"\xFF\xD8\xFF") },
    Kind { extensions: &["txt"], mime: "text/plain; charset=utf-8", signature: Signature::Text },
];

/// The extensions accepted, for messages and the upload form.
pub fn evidence_extensions() -> Vec<&'static str> {
    KINDS.iter().flat_map(|k| k.extensions.iter().copied()).collect()
}

/// Why a file was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EvidenceError {
    #[error("请选择要上传的文件")]
    NoName,
    #[error("文件「{0}」是空的")]
    Empty(String),
    #[error("文件「{name}」有 {size_mb:.1} MB，超过上限 {limit_mb} MB")]
    TooLarge { name: String, size_mb: f64, limit_mb: usize },
    #[error("不接受文件「{name}」的类型；可上传：{accepted}")]
    Type { name: String, accepted: String },
    #[error("文件「{name}」的内容不是 .{extension} 文件（扩展名与内容不符）")]
    Mismatch { name: String, extension: String },
}

/// A file accepted as evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    name: String,
    mime: &'static str,
    bytes: Vec<u8>,
    sha256: String,
}

impl Evidence {
    /// Checks a file as uploaded (`name` as the browser sent it) against
    /// the rules and a limit of `limit_mb` megabytes.
    pub fn new(name: &str, bytes: Vec<u8>, limit_mb: usize) -> Result<Evidence, EvidenceError> {
        // Some browsers send the whole client path; control characters
        // have no place in a name shown on pages and in headers.
        let name: String = name.rsplit(['/', '\\']).next().unwrap_or("").chars().filter(|c| !c.is_control()).collect();
        let name: String = name.trim().chars().take(200).collect();
        if name.is_empty() {
            return Err(EvidenceError::NoName);
        }
        if bytes.is_empty() {
            return Err(EvidenceError::Empty(name));
        }
        if bytes.len() > limit_mb.saturating_mul(1024 * 1024) {
            let size_mb = bytes.len() as f64 / (1024.0 * 1024.0);
            return Err(EvidenceError::TooLarge { name, size_mb, limit_mb });
        }
        let extension = name.rsplit_once('.').map(|(_, e)| e.to_lowercase()).unwrap_or_default();
        let Some(kind) = KINDS.iter().find(|k| k.extensions.contains(&extension.as_str())) else {
            return Err(EvidenceError::Type { name, accepted: evidence_extensions().join("、") });
        };
        let agrees = match kind.signature {
            Signature::Prefix(p) => bytes.starts_with(p),
            Signature::Text => !bytes.contains(&0) && std::str::from_utf8(&bytes).is_ok(),
        };
        if !agrees {
            return Err(EvidenceError::Mismatch { name, extension });
        }
        let sha256 = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        Ok(Evidence { name, mime: kind.mime, bytes, sha256 })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn mime(&self) -> &'static str {
        self.mime
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The SHA-256 of the content, lower-case hex.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_checked_by_size_type_and_content() {
        let pdf = Evidence::new("C:\\材料\\会议纪要.PDF", b"%PDF-1.7 ...".to_vec(), 1).unwrap();
        assert_eq!((pdf.name(), pdf.mime()), ("会议纪要.PDF", "application/pdf"));
        assert_eq!(pdf.sha256().len(), 64);
        assert_eq!(
            Evidence::new("a.txt", b"abc".to_vec(), 1).unwrap().sha256(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(matches!(Evidence::new("x.exe", b"MZ".to_vec(), 1), Err(EvidenceError::Type { .. })));
        assert!(matches!(Evidence::new("x.pdf", b"MZ\x90".to_vec(), 1), Err(EvidenceError::Mismatch { .. })));
        assert!(matches!(Evidence::new("x.docx", b"%PDF-".to_vec(), 1), Err(EvidenceError::Mismatch { .. })));
        assert!(matches!(Evidence::new("x.pdf", Vec::new(), 1), Err(EvidenceError::Empty(_))));
        assert!(matches!(Evidence::new(" / ", b"x".to_vec(), 1), Err(EvidenceError::NoName)));
        let big = [b"%PDF-".to_vec(), vec![b' '; 1024 * 1024]].concat();
        let refused = Evidence::new("big.pdf", big, 1).unwrap_err();
        assert_eq!(refused.to_string(), "文件「big.pdf」有 1.0 MB，超过上限 1 MB");
        assert!(matches!(Evidence::new("t.txt", b"a\0b".to_vec(), 1), Err(EvidenceError::Mismatch { .. })));
        assert!(Evidence::new("照片.JPG", b"\xFF\xD8\xFF\xE0".to_vec(), 1).is_ok());
    }
}
